package io.dcim.inventory.bench;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.DatabaseConfig;
import io.dcim.inventory.cable.CableFilter;
import io.dcim.inventory.cable.CableQueries;
import io.dcim.testing.BenchTimer;
import io.dcim.testing.TestDatabase;

/** Throwaway: the cable page before (one query with its joins, count(id)) and after, on a kept schema. */
public final class DevPage {
    @org.junit.jupiter.api.Test
    void page() throws Exception {
        String schema = System.getProperty("dev.schema");
        try (TestDatabase pg = TestDatabase.of(new DatabaseConfig("jdbc:postgresql://127.0.0.1:5432/test?currentSchema="
                + schema, "postgres", "", 8))) {
            CableQueries list = new CableQueries(pg.database());
            String from = "from Cable k left join CableEnd ea on ea.cable = k and ea.side = 'A' and ea.lane = 1 left join ea.port pa"
                    + " left join pa.device da left join CableEnd eb on eb.cable = k and eb.side = 'B' and eb.lane = 1"
                    + " left join eb.port pb left join pb.device db";
            String select = "select new io.dcim.inventory.cable.CableSummary(k.id, k.label, k.type, k.lanes, k.lengthM, k.colour,"
                    + " k.status, da.id, coalesce(da.name, da.assetTag), pa.name, pa.kind, db.id,"
                    + " coalesce(db.name, db.assetTag), pb.name, pb.kind, k.version) ";
            for (int round = 0; round < 2; round++) {
                double[] before = BenchTimer.time(() -> pg.database().read(s -> {
                    var rows = s.createQuery(select + from + " where k.site.id = :site order by k.labelKey asc, k.id asc",
                            io.dcim.inventory.cable.CableSummary.class).setParameter("site", 1L).setFirstResult(1000)
                            .setMaxResults(50).getResultList();
                    long total = s.createQuery("select count(k.id) from Cable k where k.site.id = :site", Long.class)
                            .setParameter("site", 1L).getSingleResult();
                    return rows.size() + total;
                }), 30, 100);
                double[] after = BenchTimer.time(() -> list.page(new CableFilter(1L, null, null, null, null, null),
                        new PageRequest(20, 50, "label", true)), 30, 100);
                System.out.printf("DEVPAGE before median %.2f ms p95 %.2f; after median %.2f ms p95 %.2f%n",
                        BenchTimer.median(before), BenchTimer.p95(before), BenchTimer.median(after), BenchTimer.p95(after));
            }
        }
    }
}
