package io.dcim.inventory.gpu;

import io.dcim.common.paging.Like;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.inventory.label.LabelConditions;
import io.dcim.inventory.tag.ObjectType;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Database;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;

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
     * folds it into "by model and status" and "by tenant". The scan groups the cards' own model and
     * tenant ids, and the few groups are named afterwards (names are unique, so the groups are the
     * same): joining both tables for every card doubled the dashboard's heaviest query (H2).
     */
    public List<GpuCount> breakdown(long siteId) {
        return db.read(session -> {
            List<Object[]> groups = session.createQuery("select g.model.id, g.status, g.tenant.id, count(g.id)"
                            + " from Gpu g where g.site.id = :site group by g.model.id, g.status, g.tenant.id", Object[].class)
                    .setParameter("site", siteId).getResultList();
            Map<Long, String> models = names(session, "GpuModel", groups, 0);
            Map<Long, String> tenants = names(session, "Tenant", groups, 2);
            return groups.stream().map(row -> new GpuCount(models.get((Long) row[0]), (GpuStatus) row[1],
                    row[2] == null ? null : tenants.get((Long) row[2]), (Long) row[3])).toList();
        });
    }

    /** Id to name of the {@code entity} rows the groups' column {@code column} names, in one query. */
    private static Map<Long, String> names(Session session, String entity, List<Object[]> groups, int column) {
        Set<Long> ids = groups.stream().map(row -> (Long) row[column]).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            session.createQuery("select e.id, e.name from " + entity + " e where e.id in (:ids)", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
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
