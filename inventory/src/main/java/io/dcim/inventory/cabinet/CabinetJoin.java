package io.dcim.inventory.cabinet;

import io.dcim.common.paging.EntityJoin;
import io.dcim.common.paging.HqlNames;

/**
 * A cabinet joined into another module's query, as {@link io.dcim.inventory.site.SiteJoin} joins a site: for its
 * name and natural order in a paged list, or the ids of a site's cabinets as a subquery, in the caller's one round
 * trip.
 */
public final class CabinetJoin extends EntityJoin {

    private CabinetJoin(String alias) {
        super("Cabinet", alias);
    }

    public static CabinetJoin as(String alias) {
        return new CabinetJoin(alias);
    }

    /** Cabinets as people count them (A2 before A10), by their stored key, then name. */
    public String naturalOrder() {
        return field("sortKey") + ", " + field("name");
    }

    /**
     * A subquery of the ids of the cabinets of the site given by {@code siteParameter} (e.g. {@code :site}), for
     * {@code x.cabinetId in (…)}; its alias is its own, so it cannot clash with the caller's.
     */
    public static String idsInSite(String siteParameter) {
        return "select inSite_.id from Cabinet inSite_ where inSite_.room.site.id = " + HqlNames.parameter(siteParameter);
    }
}
