package io.dcim.power.energy;

import io.dcim.common.persistence.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each tenant's IT energy of a site's month once the month is over, kept in {@code energy_tenant_month}: attributing
 * a full site's 8,000 PDUs to every powered device and its tenancy costs half a second, and a tenant statement needs
 * one tenant's figure. A kept month is the attribution as first computed after the month was settled (the same
 * moment its PDUs' {@code energy_month} rows are kept): a statement of a closed month reads the same the next time,
 * whatever the tenancy has become since. It goes with the energy it was computed from (a roll-up rewriting one of its
 * hours, a history recorded over it, a target removed: see {@code EnergyMonths.forget}); the running month is always
 * computed live.
 *
 * <p>The operator's own share is kept under tenant 0 in every kept month, so that a month with no tenant energy is
 * known as kept too.
 */
final class TenantMonths {

    private static final Logger log = LoggerFactory.getLogger(TenantMonths.class);
    private static final long OPERATOR = 0;

    private final Database db;

    TenantMonths(Database db) {
        this.db = db;
    }

    /** The kept attribution of the site's period (tenant → Wh, the operator's share left out), if kept. */
    Optional<Map<Long, Long>> find(long siteId, Instant from, Instant to) {
        return db.read(session -> session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select tenant_id, wh from energy_tenant_month"
                    + " where site_id = ? and period_start = ? and period_end = ?")) {
                query.setLong(1, siteId);
                query.setObject(2, utc(from));
                query.setObject(3, utc(to));
                boolean kept = false;
                Map<Long, Long> out = new HashMap<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        kept = true;
                        if (rs.getLong(1) != OPERATOR) {
                            out.put(rs.getLong(1), rs.getLong(2));
                        }
                    }
                }
                return kept ? Optional.of(out) : Optional.<Map<Long, Long>>empty();
            }
        }));
    }

    /**
     * Keeps the period's attribution, replacing what was kept. Best effort, as {@code energy_month}: two statements
     * keeping the same month at once cost a recomputation next time, not the answer.
     */
    void keep(long siteId, Instant from, Instant to, Map<Long, Long> byTenant, long operatorWh) {
        try {
            db.inTransaction(session -> session.doReturningWork(connection -> {
                try (PreparedStatement delete = connection.prepareStatement("delete from energy_tenant_month"
                        + " where site_id = ? and period_start = ? and period_end = ?");
                     PreparedStatement insert = connection.prepareStatement("insert into energy_tenant_month"
                             + " (site_id, period_start, period_end, tenant_id, wh) values (?, ?, ?, ?, ?)")) {
                    delete.setLong(1, siteId);
                    delete.setObject(2, utc(from));
                    delete.setObject(3, utc(to));
                    delete.executeUpdate();
                    Map<Long, Long> rows = new HashMap<>(byTenant);
                    rows.put(OPERATOR, operatorWh);
                    for (Map.Entry<Long, Long> e : rows.entrySet()) {
                        insert.setLong(1, siteId);
                        insert.setObject(2, utc(from));
                        insert.setObject(3, utc(to));
                        insert.setLong(4, e.getKey());
                        insert.setLong(5, e.getValue());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                return null;
            }));
        } catch (RuntimeException e) {
            log.debug("Tenants' energy of site {} from {} not kept; computed again next time", siteId, from, e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
