package io.dcim.power.reading;

import io.dcim.common.persistence.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The database's plan for the energy query over the hourly roll-ups, for benchmarks to print beside their times. */
public final class EnergyPlans {

    private EnergyPlans() {
    }

    /** EXPLAIN ANALYZE of one period's energy query, line by line. */
    public static List<String> explain(Database db, Collection<Long> targetIds, String powerMetric,
                                       String counterMetric, Instant from, Instant to) {
        String sql = "explain analyze " + EnergyTotals.sql(db.kind(),
                EnergyTotals.literal(powerMetric), counterMetric == null ? null : EnergyTotals.literal(counterMetric));
        return Jdbc.inTransaction(db, connection -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                int p = 1;
                for (int branch = 0; branch < (counterMetric == null ? 1 : 2); branch++) {
                    query.setArray(p++, Jdbc.ids(connection, db.kind(), targetIds));
                    Jdbc.setInstant(query, p++, from.minus(Duration.ofHours(1)));
                    Jdbc.setInstant(query, p++, to);
                }
                Jdbc.setInstant(query, p, from);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }
}
