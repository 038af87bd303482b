package io.dcim.inventory.site;

import io.dcim.common.paging.PagedQuery;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.label.LabelConditions;
import io.dcim.inventory.label.LabelFilter;
import io.dcim.inventory.tag.ObjectType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-site totals in two aggregate queries, whatever the number of sites or cabinets: the
 * cabinet figures come from the cabinets' occupancy columns, the server and GPU figures from
 * the servers' card counts (57,600 cards need not be read for a dashboard).
 */
public final class SiteTotalsQuery {

    private static final SortColumns BY_ID = new SortColumns("id", "s.id", Map.of("id", "s.id"));

    private final Database db;

    public SiteTotalsQuery(Database db) {
        this.db = db;
    }

    /** The totals of the sites carrying every tag and custom field value of {@code labels} (all sites for none). */
    public List<SiteTotals> matching(LabelFilter labels) {
        if (labels == null || labels.isEmpty()) {
            return all();
        }
        Set<Long> wanted = Set.copyOf(db.read(session -> LabelConditions.apply(session,
                new PagedQuery<>(Long.class, "select s.id", "from Site s", "s.id", BY_ID), ObjectType.SITE, "s.id", labels)
                .all(session, "id", Integer.MAX_VALUE)));
        return all().stream().filter(t -> wanted.contains(t.siteId())).toList();
    }

    public List<SiteTotals> all() {
        return db.read(session -> {
            Map<Long, long[]> servers = countsBySite(session.createQuery(
                    "select r.site.id, count(d.id), sum(d.gpuCount), sum(d.gpusInService), sum(d.gpusAllocated)"
                            + " from Device d join d.room r join d.model m"
                            + " where m.kind in (:gpuServer, :cpuServer) and d.status <> :disposed group by r.site.id",
                            Object[].class)
                    // two single values, not a list: Hibernate translates a query with a list parameter again at
                    // every call (a sixth of the dashboard's database time, JFR)
                    .setParameter("gpuServer", DeviceKind.GPU_SERVER)
                    .setParameter("cpuServer", DeviceKind.CPU_SERVER)
                    .setParameter("disposed", LifecycleStatus.DISPOSED)
                    .getResultList());
            return session.createQuery(
                            "select s.id, s.name, count(c.id), sum(case when c.usedU > 0 then 1 else 0 end),"
                                    + " sum(c.heightU), sum(c.usedU), sum(c.contractedW), sum(c.typicalW)"
                                    + " from Site s left join Room r on r.site = s left join Cabinet c on c.room = r"
                                    + " group by s.id, s.name order by s.name", Object[].class)
                    .getResultList().stream()
                    .map(row -> {
                        long id = (Long) row[0];
                        long[] srv = servers.getOrDefault(id, new long[4]);
                        return new SiteTotals(id, (String) row[1], number(row[2]), number(row[3]), number(row[4]),
                                number(row[5]), number(row[6]), number(row[7]), srv[0], srv[1], srv[2], srv[3]);
                    })
                    .toList();
        });
    }

    private static Map<Long, long[]> countsBySite(List<Object[]> rows) {
        Map<Long, long[]> bySite = new HashMap<>();
        for (Object[] row : rows) {
            bySite.put((Long) row[0], new long[] {number(row[1]), number(row[2]), number(row[3]), number(row[4])});
        }
        return bySite;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
