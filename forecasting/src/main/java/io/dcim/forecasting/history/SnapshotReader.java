package io.dcim.forecasting.history;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.gpu.GpuCounts;
import io.dcim.inventory.site.SiteTotals;
import io.dcim.inventory.site.SiteTotalsQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Reads what every site holds now from the inventory in three aggregate queries (cabinet space and power,
 * GPU cards by model), whatever the number of cabinets, plus the measured draw where power-cooling has it.
 */
final class SnapshotReader {

    private final Database db;
    private final Optional<LoadSource> load;

    SnapshotReader(Database db, Optional<LoadSource> load) {
        this.db = db;
        this.load = load;
    }

    List<SnapshotRow> readAll() {
        List<SiteTotals> sites = new SiteTotalsQuery(db).all();
        Map<Long, Map<String, long[]>> gpus = gpusBySiteAndClass();
        List<SnapshotRow> rows = new ArrayList<>();
        for (SiteTotals site : sites) {
            long id = site.siteId();
            OptionalLong measured = measured(id);
            rows.add(new SnapshotRow(id, Resource.POWER, GpuClass.ALL, measured.orElse(site.typicalW()), null,
                    site.contractedW(), measured.isPresent()));
            rows.add(new SnapshotRow(id, Resource.CABINETS, GpuClass.ALL, site.cabinetsUsed(), null, site.cabinets(), false));
            rows.add(new SnapshotRow(id, Resource.U, GpuClass.ALL, site.uUsed(), null, site.uTotal(), false));
            long[] total = new long[3];
            for (Map.Entry<String, long[]> c : gpus.getOrDefault(id, Map.of()).entrySet()) {
                long[] v = c.getValue();
                rows.add(new SnapshotRow(id, Resource.GPU, c.getKey(), v[2], v[1], v[0], false));
                for (int i = 0; i < 3; i++) {
                    total[i] += v[i];
                }
            }
            rows.add(new SnapshotRow(id, Resource.GPU, GpuClass.ALL, total[2], total[1], total[0], false));
        }
        return rows;
    }

    private OptionalLong measured(long siteId) {
        return load.map(source -> source.measuredItW(siteId)).orElse(OptionalLong.empty());
    }

    /** site → class name → {cards, in service, allocated}. */
    private Map<Long, Map<String, long[]>> gpusBySiteAndClass() {
        List<GpuCounts.OfModelAtSite> rows = db.read(GpuCounts::bySiteAndModel);
        Map<Long, Map<String, long[]>> out = new HashMap<>();
        for (GpuCounts.OfModelAtSite row : rows) {
            long[] v = out.computeIfAbsent(row.siteId(), k -> new TreeMap<>())
                    .computeIfAbsent(GpuClass.of(row.modelName()).name(), k -> new long[3]);
            v[0] += row.cards();
            v[1] += row.inService();
            v[2] += row.allocated();
        }
        return out;
    }
}
