package io.dcim.inventory.gpu;

import io.dcim.common.paging.Like;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.inventory.label.LabelConditions;
import io.dcim.inventory.tag.ObjectType;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Database;
import java.util.List;
import java.util.Map;

/** GPUs by site, model, status, tenant or server, paged and sorted in the database. */
public final class GpuQueries {

    private static final SortColumns SORT = new SortColumns("serial", "g.id", Map.of(
            "serial", "g.serialKey",
            "model", "gm.name",
            "status", "g.status",
            "server", "d.assetTagKey, g.slotIndex",
            "tenant", "t.name"));

    private final Database db;

    public GpuQueries(Database db) {
        this.db = db;
    }

    /**
     * A site's cards counted by model, status and tenant in one grouped scan: the dashboard
     * folds it into "by model and status" and "by tenant". One statement on purpose: H2 answers it from
     * its last result while the cards are unchanged; grouping ids and naming the groups with IN lists after
     * halved an uncached scan but cost more than that at every call (Hibernate translates IN lists anew).
     */
    public List<GpuCount> breakdown(long siteId) {
        return db.read(session -> session.createQuery(
                        "select new io.dcim.inventory.gpu.GpuCount(gm.name, g.status, t.name, count(g.id))"
                                + " from Gpu g join g.model gm left join g.tenant t where g.site.id = :site"
                                + " group by gm.name, g.status, t.name", GpuCount.class)
                .setParameter("site", siteId).getResultList());
    }

    /** Cards whose serial contains the text, ignoring case: the search box's GPU hits. */
    public Page<GpuSummary> bySerial(String text, PageRequest request) {
        return db.read(session -> query(GpuFilter.all())
                .where("g.serialKey like :serial", "serial", Like.contains(text))
                .fetch(session, request));
    }

    public Page<GpuSummary> page(GpuFilter filter, PageRequest request) {
        return db.read(session -> LabelConditions.apply(session, query(filter), ObjectType.GPU, "g.id", filter.labels())
                .fetch(session, request));
    }

    private static PagedQuery<GpuSummary> query(GpuFilter filter) {
        return new PagedQuery<>(GpuSummary.class,
                        "select new io.dcim.inventory.gpu.GpuSummary(g.id, g.serial, gm.id, gm.name, g.status, d.id,"
                                + " d.assetTag, g.slotIndex, c.name, t.id, t.name)",
                        "from Gpu g join g.model gm left join g.server d left join d.cabinet c"
                                + " left join g.tenant t",
                        "g.id", SORT)
                .where("g.site.id = :site", "site", filter.siteId())
                .where("gm.id = :model", "model", filter.gpuModelId())
                .where("g.status = :status", "status", filter.status())
                .where("t.id = :tenant", "tenant", filter.tenantId())
                .where("d.id = :server", "server", filter.serverId());
    }
}
