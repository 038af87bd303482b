package io.dcim.console.layout;

import io.dcim.console.wiring.RequestServices;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteService;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.wicket.MetaDataKey;
import org.apache.wicket.request.cycle.RequestCycle;

/**
 * Which clock a time is shown on: the zone of the site the thing belongs to (an alarm's, a target's, a
 * purchase request's); where no site applies (changes across the inventory, profiles, tokens), the default
 * site's: the first site created, in the zone its configuration names. UTC only while there is no site.
 */
public final class SiteZones {

    private static final MetaDataKey<SiteZones> CURRENT = new MetaDataKey<>() {
    };

    private final Map<Long, ZoneId> bySite = new HashMap<>();
    private final ZoneId fallback;
    private final String fallbackSite;

    public SiteZones(List<Site> sites) {
        sites.forEach(s -> bySite.put(s.getId(), s.getZone()));
        Site first = sites.stream().min(Comparator.comparingLong(entity -> entity.getId())).orElse(null);
        this.fallback = first == null ? ZoneOffset.UTC : first.getZone();
        this.fallbackSite = first == null ? null : first.getName();
    }

    /** The sites as they are now, read once per request however many times are shown. */
    public static SiteZones current() {
        RequestCycle cycle = RequestCycle.get();
        SiteZones zones = cycle == null ? null : cycle.getMetaData(CURRENT);
        if (zones == null) {
            zones = of(RequestServices.get().sites());
            if (cycle != null) {
                cycle.setMetaData(CURRENT, zones);
            }
        }
        return zones;
    }

    public static SiteZones of(SiteService sites) {
        return new SiteZones(sites.sites());
    }

    /** The zone of a site; the default zone for no site (null) or one not known. */
    public ZoneId of(Long siteId) {
        return siteId == null ? fallback : bySite.getOrDefault(siteId, fallback);
    }

    /** The default site's zone, for times that belong to no site. */
    public ZoneId fallback() {
        return fallback;
    }

    /** The default site's name, null while there is none: said beside lists whose times belong to no site. */
    public String fallbackSite() {
        return fallbackSite;
    }
}
