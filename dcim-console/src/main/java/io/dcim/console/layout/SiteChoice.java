package io.dcim.console.layout;

import io.dcim.inventory.site.Site;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * A site as a page offers it to choose: its id, name and zone, a value a page may keep (a {@link Site} does not
 * serialize).
 */
public record SiteChoice(Long id, String name, ZoneId zone) implements Serializable {

    public static SiteChoice of(Site site) {
        return new SiteChoice(site.getId(), site.getName(), site.getZone());
    }

    /** The site a page shows: the one asked for, else the first of {@code sites} (none when there are none). */
    public static Long askedOrFirst(Long asked, List<SiteChoice> sites) {
        return asked != null ? asked : sites.stream().findFirst().map(SiteChoice::id).orElse(null);
    }
}
