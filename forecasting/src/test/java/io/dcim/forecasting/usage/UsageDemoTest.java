package io.dcim.forecasting.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.testing.SiteBuilder;
import io.dcim.testing.BothDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

class UsageDemoTest {

    @BothDatabases
    void theDemoUsageFallsWhileThePurchasesArriveThenRecoversAndIsWrittenOnce(Database db, SiteBuilder site) {
        site.h100Server("A01", 8);
        site.h100Server("A02", 8);
        UsageDemo demo = new UsageDemo(db);
        LocalDate end = LocalDate.of(2025, 12, 1);

        int rows = demo.seed(site.siteId(), List.of(site.tenant.getId()), end);

        assertThat(rows).as("one class, one tenant, a row a day").isEqualTo(
                (int) java.time.temporal.ChronoUnit.DAYS.between(UsageDemo.FIRST_DAY, end));
        Map<String, BigDecimal> months = new UsageQueries(db).utilization(site.siteId(), UsageDemo.FIRST_DAY, end,
                UsageGrouping.MONTH).stream().collect(Collectors.toMap(UtilizationTotal::key, UtilizationTotal::utilization));
        // trend × season: October 2023 ≈ 0.536 × 1.05 = 0.563, June 2024 ≈ 0.455 × 1.00, October 2025 = 0.52 × 1.05
        assertThat(months.get("2023-10")).isBetween(new BigDecimal("0.54"), new BigDecimal("0.59"));
        assertThat(months.get("2024-06")).isBetween(new BigDecimal("0.43"), new BigDecimal("0.48"));
        assertThat(months.get("2025-10")).isBetween(new BigDecimal("0.52"), new BigDecimal("0.57"));
        assertThat(demo.seed(site.siteId(), List.of(site.tenant.getId()), end)).as("a site with usage is left alone").isZero();
    }
}
