package io.dcim.forecasting.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.history.GpuClass;
import io.dcim.forecasting.history.UtilizationHistory;
import io.dcim.forecasting.testing.SiteBuilder;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.MutableClock;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Hand count, 1–2 March 2026 at the test site (Asia/Shanghai, 24-hour days):
 * <ul>
 * <li>1 March: snapshot of 2 H100 servers = 16 cards in service, 11 allocated → available 384 h, allocated 264 h;
 *     jobs 288,000 card-s = 80 h and 2,304,000 core-s = 640 h.</li>
 * <li>2 March: no snapshot, so the inventory now: 3 servers = 24 cards, 11 allocated → available 576 h, allocated
 *     264 h; jobs 18,000 card-s = 5 h; a rental of 1 server × 8 cards × 16 cores from 2 March adds 192 card-h and
 *     384 core-h.</li>
 * </ul>
 * By class: used 80 + 5 + 192 = 277 h, cores 640 + 384 = 1,024 h, available 960 h, allocated 528 h.
 */
class UsageQueriesTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);
    private static final LocalDate SECOND = LocalDate.of(2026, 3, 2);

    @BothDatabases
    void totalsAddJobsAndRentalsAgainstInServiceCardsByDayClassAndTenant(Database db, SiteBuilder site) {
        site.h100Server("A01", 8);
        site.h100Server("A02", 3);
        new UtilizationHistory(db, new MutableClock(Instant.parse("2026-03-01T02:00:00Z")), Optional.empty()).snapshot(FIRST);
        site.h100Server("A03", 0);
        long tenant = site.tenant.getId();
        usageDay(db, site.siteId(), FIRST, tenant, 288_000, 2_304_000);
        usageDay(db, site.siteId(), SECOND, tenant, 18_000, 0);
        new RentalService(db).create(new RentalInput(tenant, site.siteId(), GpuClass.H100_CLASS, 1, 8, 16, SECOND, 1, null));
        UsageQueries usage = new UsageQueries(db);
        LocalDate end = LocalDate.of(2026, 3, 3);

        assertThat(usage.totals(site.siteId(), FIRST, end, UsageGrouping.GPU_CLASS)).containsExactly(
                new UsageTotal("H100_CLASS", hours("277"), hours("1024"), hours("960")));
        assertThat(usage.totals(site.siteId(), FIRST, end, UsageGrouping.DAY)).containsExactly(
                new UsageTotal("2026-03-01", hours("80"), hours("640"), hours("384")),
                new UsageTotal("2026-03-02", hours("197"), hours("384"), hours("576")));
        assertThat(usage.totals(site.siteId(), FIRST, end, UsageGrouping.MONTH_TENANT)).containsExactly(
                new UsageTotal("2026-03|" + tenant, hours("277"), hours("1024"), hours("960")));
        assertThat(usage.totals(site.siteId(), FIRST, end, UsageGrouping.MONTH_TENANT_GPU_CLASS)).as("what economics bills")
                .containsExactly(new UsageTotal("2026-03|" + tenant + "|H100_CLASS", hours("277"), hours("1024"), hours("960")));
        List<UtilizationTotal> month = usage.utilization(site.siteId(), FIRST, end, UsageGrouping.MONTH_GPU_CLASS);
        assertThat(month).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("2026-03|H100_CLASS");
            assertThat(m.cardHoursAllocated()).isEqualTo(hours("528"));
            assertThat(m.utilization()).as("277 / 960").isEqualTo(new BigDecimal("0.2885"));
            assertThat(m.allocatedShare()).as("528 / 960").isEqualTo(new BigDecimal("0.5500"));
        });
        assertThat(usage.utilization(site.siteId(), FIRST, end, UsageGrouping.TENANT).get(0).cardHoursAllocated()).isNull();
    }

    private static BigDecimal hours(String h) {
        return new BigDecimal(h).setScale(Hours.SCALE);
    }

    private static void usageDay(Database db, long siteId, LocalDate day, long tenantId, long cardSeconds, long coreSeconds) {
        db.execute(session -> session.doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement("insert into usage_day (site_id, on_day, gpu_class, tenant_id,"
                    + " card_seconds, core_seconds) values (?, ?, 'H100_CLASS', ?, ?, ?)")) {
                insert.setLong(1, siteId);
                insert.setDate(2, Date.valueOf(day));
                insert.setLong(3, tenantId);
                insert.setLong(4, cardSeconds);
                insert.setLong(5, coreSeconds);
                insert.executeUpdate();
            }
        }));
    }
}
