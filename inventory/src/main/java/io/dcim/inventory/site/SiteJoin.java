package io.dcim.inventory.site;

import io.dcim.common.paging.HqlNames;

/**
 * A site joined into another module's paged list, which shows and sorts by the site's name in the same query (one
 * round trip, sorted by the database). The caller names the alias and the path of its own site id column; the
 * site's side of the join is written here, so no query outside inventory names a site's fields.
 */
public final class SiteJoin {

    private final String alias;

    private SiteJoin(String alias) {
        this.alias = HqlNames.alias(alias);
    }

    public static SiteJoin as(String alias) {
        return new SiteJoin(alias);
    }

    /** Rows whose site id ({@code siteIdPath}, e.g. {@code r.siteId}) names a site; others are left out. */
    public String on(String siteIdPath) {
        return " join Site " + alias + " on " + alias + ".id = " + HqlNames.path(siteIdPath);
    }

    /** Every row, with a null site name where the id names none. */
    public String leftOn(String siteIdPath) {
        return " left join Site " + alias + " on " + alias + ".id = " + HqlNames.path(siteIdPath);
    }

    public String name() {
        return alias + ".name";
    }
}
