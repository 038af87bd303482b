package io.dcim.inventory.site;

import io.dcim.common.paging.EntityJoin;

/**
 * A site joined into another module's paged list, which shows and sorts by the site's name in the same query (one
 * round trip, sorted by the database). The caller names the alias and the path of its own site id column; the
 * site's side of the join is written here, so no query outside inventory names a site's fields.
 */
public final class SiteJoin extends EntityJoin {

    private SiteJoin(String alias) {
        super("Site", alias);
    }

    public static SiteJoin as(String alias) {
        return new SiteJoin(alias);
    }
}
