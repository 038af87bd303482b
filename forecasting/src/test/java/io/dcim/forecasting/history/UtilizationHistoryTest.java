package io.dcim.forecasting.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.testing.SiteBuilder;
import io.dcim.power.load.LoadService;
import io.dcim.power.load.LoadSettings;
import io.dcim.power.reading.ReadingStore;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

class UtilizationHistoryTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final LocalDate today = LocalDate.of(2026, 12, 4);

    @BothDatabases
    void snapshotRecordsGpusByClassPowerCabinetsAndUnits(Database db, SiteBuilder site) {
        site.h100Server("A01", 8);
        site.h100Server("A02", 3);
        site.inventory.cabinet("A03");
        UtilizationHistory history = new UtilizationHistory(db, clock, Optional.empty());

        history.snapshotAll();

        UtilizationPoint gpus = only(history.series(site.siteId(), Resource.GPU, today, today));
        assertThat(gpus.capacity()).isEqualTo(16);
        assertThat(gpus.inService()).isEqualTo(16L);
        assertThat(gpus.used()).isEqualTo(11);
        assertThat(only(history.series(site.siteId(), GpuClass.H100_CLASS, today, today)).used()).isEqualTo(11);
        assertThat(history.gpuClasses(site.siteId())).containsExactly(GpuClass.H100_CLASS);
        UtilizationPoint power = only(history.series(site.siteId(), Resource.POWER, today, today));
        assertThat(power.used()).as("typical draw of two XE9680").isEqualTo(2 * 8_700);
        assertThat(power.measured()).isFalse();
        UtilizationPoint cabinets = only(history.series(site.siteId(), Resource.CABINETS, today, today));
        assertThat(cabinets.used()).isEqualTo(2);
        assertThat(cabinets.capacity()).isEqualTo(3);
        UtilizationPoint units = only(history.series(site.siteId(), Resource.U, today, today));
        assertThat(units.used()).isEqualTo(12);
        assertThat(units.capacity()).isEqualTo(3 * 42);
    }

    @BothDatabases
    void aSecondSnapshotOfTheSameDayReplacesTheFirstAndMeasuredPowerWins(Database db, SiteBuilder site) {
        site.h100Server("A01", 2);
        new UtilizationHistory(db, clock, Optional.empty()).snapshotAll();
        site.h100Server("A02", 8);
        UtilizationHistory measured = new UtilizationHistory(db, clock, Optional.of(siteId -> OptionalLong.of(15_300)));

        measured.snapshotAll();

        assertThat(only(measured.series(site.siteId(), Resource.GPU, today, today)).used()).isEqualTo(10);
        UtilizationPoint power = only(measured.series(site.siteId(), Resource.POWER, today, today));
        assertThat(power.used()).isEqualTo(15_300);
        assertThat(power.measured()).isTrue();
    }

    @BothDatabases
    void withPowerMonitoringButNoPduReadingTheTypicalDrawIsRecorded(Database db, SiteBuilder site) {
        site.h100Server("A01", 8);
        LoadService loads = new LoadService(db, new ReadingStore(db, clock), clock, LoadSettings.DEFAULT);
        UtilizationHistory history = new UtilizationHistory(db, clock, Optional.of(LoadSource.of(loads)));

        history.snapshotAll();

        UtilizationPoint power = only(history.series(site.siteId(), Resource.POWER, today, today));
        assertThat(power.measured()).isFalse();
        assertThat(power.used()).isEqualTo(8_700);
        assertThat(power.capacity()).isEqualTo(20_000);
    }

    @BothDatabases
    void demoBackfillWritesTwoYearsEndingAtTodayWithGrowthAndALowFirstQuarter(Database db, SiteBuilder site) {
        for (int i = 0; i < 10; i++) {
            site.h100Server("A" + i, 6);
        }
        UtilizationHistory history = new UtilizationHistory(db, clock, Optional.empty());
        HistoryDemo demo = new HistoryDemo(history);

        int rows = demo.backfill(site.siteId(), 24);
        int again = demo.backfill(site.siteId(), 24);

        UtilizationSeries gpus = history.series(site.siteId(), Resource.GPU, today.minusYears(3), today);
        assertThat(rows).isEqualTo(730 * 5);
        assertThat(again).as("every day has history now").isZero();
        assertThat(gpus.points()).hasSize(730 + 1);
        assertThat(gpus.points().get(0).day()).isEqualTo(today.minusMonths(24));
        assertThat(gpus.lastDay()).isEqualTo(today);
        assertThat(gpus.points()).allSatisfy(p -> {
            assertThat(p.used()).isLessThanOrEqualTo(p.inService());
            assertThat(p.inService()).isLessThanOrEqualTo(p.capacity());
        });
        Map<YearMonth, Double> monthly = gpus.monthlyMeanUsed();
        assertThat(monthly.get(YearMonth.of(2025, 11))).as("grows year on year")
                .isGreaterThan(monthly.get(YearMonth.of(2025, 2)));
        double q4 = monthly.get(YearMonth.of(2025, 10)) + monthly.get(YearMonth.of(2025, 11)) + monthly.get(YearMonth.of(2025, 12));
        double q1 = monthly.get(YearMonth.of(2026, 1)) + monthly.get(YearMonth.of(2026, 2)) + monthly.get(YearMonth.of(2026, 3));
        assertThat(q1).as("Q1 below the Q4 before it despite growth").isLessThan(q4);
        assertThat(gpus.points().get(0).capacity()).isLessThan(80);
        assertThat(history.series(site.siteId(), Resource.CABINETS, today.minusYears(3), today).points()).hasSize(731);
    }

    @BothDatabases
    void theBackfillKeepsRecordedSnapshots(Database db, SiteBuilder site) {
        site.h100Server("A01", 5);
        UtilizationHistory history = new UtilizationHistory(db, clock, Optional.empty());
        history.snapshot(today.minusDays(3));

        new HistoryDemo(history).backfill(site.siteId(), 1);

        assertThat(history.series(site.siteId(), Resource.GPU, today.minusDays(3), today.minusDays(3)).points())
                .singleElement().satisfies(p -> assertThat(p.used()).as("as recorded").isEqualTo(5));
        assertThat(history.series(site.siteId(), Resource.GPU, today.minusMonths(1), today).points()).hasSize(31);
    }

    @BothDatabases
    void rejectsASeriesThatEndsBeforeItStarts(Database db) {
        UtilizationHistory history = new UtilizationHistory(db, clock, Optional.empty());

        assertThatThrownBy(() -> history.series(1, Resource.GPU, today, today.minusDays(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("to");
        assertThatThrownBy(() -> Resource.parse("disk")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("gpu, power, cabinets, u");
    }

    @org.junit.jupiter.api.Test
    void classifiesCatalogModelsByTheirLongestPrefix() {
        assertThat(GpuClass.of("H100 SXM5 80GB")).isEqualTo(GpuClass.H100_CLASS);
        assertThat(GpuClass.of("H200 SXM 141GB")).isEqualTo(GpuClass.H100_CLASS);
        assertThat(GpuClass.of("H20")).isEqualTo(GpuClass.INFERENCE);
        assertThat(GpuClass.of("GB200 NVL72")).isEqualTo(GpuClass.B200_CLASS);
        assertThat(GpuClass.of("A800 SXM4 80GB")).isEqualTo(GpuClass.A100_CLASS);
        assertThat(GpuClass.of("RTX 4090")).isEqualTo(GpuClass.RTX_CLASS);
        assertThat(GpuClass.of("Ascend 910")).isEqualTo(GpuClass.OTHER);
    }

    private static UtilizationPoint only(UtilizationSeries series) {
        assertThat(series.points()).hasSize(1);
        return series.points().get(0);
    }

}
