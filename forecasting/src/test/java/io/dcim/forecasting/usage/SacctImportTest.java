package io.dcim.forecasting.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.history.GpuClass;
import io.dcim.forecasting.testing.SiteBuilder;
import io.dcim.inventory.transfer.RowProblem;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * sacct-small.txt at the test site (Asia/Shanghai), counted by hand:
 * <pre>
 * 1001        8 cards, 64 cores, 10:00–12:30 on 1 March          → 1 March 20 card-h, 160 core-h
 * 1001.batch, 1001.0  steps of 1001                               → left out (2 steps)
 * 1002        2 cards, 16 cores, 22:00 1 March – 03:00 2 March   → 1 March 4 card-h, 32 core-h; 2 March 6, 48
 * 1003        no card, 8 cores, 08:00–09:00 on 2 March            → 2 March 0 card-h, 8 core-h
 * 1004        gres/gpu:h100=4, 32 cores, 12:00–12:45 on 2 March   → 2 March 3 card-h, 24 core-h
 * 1005        pending, 1006 running                               → left out (2 not finished)
 * 1 March: 24 card-h, 192 core-h; 2 March: 9 card-h, 80 core-h; in all 33 card-h, 272 core-h, 4 jobs.
 * Available: 2 servers × 8 cards in service × 24 h = 384 card-h a day, 768 over both days;
 * utilization 24/384 = 0.0625, 9/384 = 0.0234375 → 0.0234, 33/768 = 0.04296875 → 0.0430.
 * </pre>
 */
class SacctImportTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);
    private static final LocalDate END = LocalDate.of(2026, 3, 3);

    @BothDatabases
    void utilizationOfAKnownFileEqualsTheHandCountWithJobsSplitAtMidnight(Database db) {
        SiteBuilder site = mappedSite(db);

        UsageImportReport report = new SacctImport(db).apply(file("sacct-small.txt"), n -> { });

        assertThat(report.written()).isTrue();
        assertThat(report.lines()).isEqualTo(9);
        assertThat(report.jobsAdded()).isEqualTo(4);
        assertThat(report.steps()).isEqualTo(2);
        assertThat(report.notFinished()).isEqualTo(2);
        assertThat(report.cardHours()).isEqualTo(hours("33"));
        assertThat(report.coreHours()).isEqualTo(hours("272"));
        UsageQueries usage = new UsageQueries(db);
        List<UtilizationTotal> days = usage.utilization(site.siteId(), FIRST, END, UsageGrouping.DAY);
        assertThat(days).extracting(UtilizationTotal::key).containsExactly("2026-03-01", "2026-03-02");
        assertThat(days.get(0).cardHoursUsed()).isEqualTo(hours("24"));
        assertThat(days.get(0).coreHoursUsed()).isEqualTo(hours("192"));
        assertThat(days.get(0).utilization()).isEqualTo(new BigDecimal("0.0625"));
        assertThat(days.get(1).cardHoursUsed()).isEqualTo(hours("9"));
        assertThat(days.get(1).coreHoursUsed()).isEqualTo(hours("80"));
        assertThat(days.get(1).utilization()).isEqualTo(new BigDecimal("0.0234"));
        assertThat(usage.totals(site.siteId(), FIRST, END, UsageGrouping.GPU_CLASS)).containsExactly(
                new UsageTotal("H100_CLASS", hours("33"), hours("272"), hours("768")));
        assertThat(usage.utilization(site.siteId(), FIRST, END, UsageGrouping.MONTH).get(0).utilization())
                .isEqualTo(new BigDecimal("0.0430"));
    }

    @BothDatabases
    void reImportingAnOverlappingFileAddsOnlyTheJobsNotSeenBefore(Database db) {
        SiteBuilder site = mappedSite(db);
        SacctImport importer = new SacctImport(db);
        importer.apply(file("sacct-small.txt"), n -> { });

        UsageImportReport again = importer.apply(file("sacct-small.txt"), n -> { });
        UsageImportReport overlapping = importer.apply(text("""
                JobID|Cluster|Account|User|Partition|AllocTRES|Start|End|State
                1002|hpc1|nu-ai|bob|h100|billing=16,cpu=16,gres/gpu=2,mem=256G,node=1|2026-03-01T22:00:00|2026-03-02T03:00:00|COMPLETED
                1007|hpc1|nu-ai|bob|h100|cpu=1,gres/gpu=1|2026-03-02T10:00:00|2026-03-02T11:00:00|COMPLETED
                1007|hpc1|nu-ai|bob|h100|cpu=1,gres/gpu=1|2026-03-02T10:00:00|2026-03-02T11:00:00|COMPLETED
                """), n -> { });

        assertThat(again.jobsAdded()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(4);
        assertThat(again.cardHours()).isEqualTo(hours("0"));
        assertThat(overlapping.jobsAdded()).as("1007 once; 1002 and the repeated 1007 already there").isEqualTo(1);
        assertThat(overlapping.alreadyImported()).isEqualTo(2);
        assertThat(new UsageQueries(db).totals(site.siteId(), FIRST, END, UsageGrouping.GPU_CLASS).get(0).cardHoursUsed())
                .as("33 + 1 card-hour of 1007").isEqualTo(hours("34"));
    }

    @BothDatabases
    void everyRefusedLineIsListedWithItsNumberAndNothingIsWritten(Database db) {
        SiteBuilder site = mappedSite(db);

        UsageImportReport report = new SacctImport(db).apply(file("sacct-refused.txt"), n -> { });

        assertThat(report.written()).isFalse();
        assertThat(report.refused()).isEqualTo(6);
        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "Partition"), org.assertj.core.groups.Tuple.tuple(4, "Account"),
                org.assertj.core.groups.Tuple.tuple(5, "Start"), org.assertj.core.groups.Tuple.tuple(6, "End"),
                org.assertj.core.groups.Tuple.tuple(7, null), org.assertj.core.groups.Tuple.tuple(9, "AllocTRES"));
        assertThat(report.problems().get(0).message()).isEqualTo("partition a100 of cluster hpc1 is not mapped to a site"
                + " and GPU class");
        assertThat(new UsageQueries(db).totals(site.siteId(), FIRST, END, UsageGrouping.GPU_CLASS).get(0).cardHoursUsed())
                .as("line 2 was valid but the file is all or nothing").isEqualTo(hours("0"));
        long jobs = db.read(s -> s.createNativeQuery("select count(*) from usage_job", Long.class).getSingleResult());
        assertThat(jobs).isZero();
    }

    @BothDatabases
    void aFileWithoutTheNeededColumnsIsRefusedOnItsHeader(Database db) {
        mappedSite(db);

        UsageImportReport report = new SacctImport(db).apply(text("JobID|Cluster|Start\n1|hpc1|2026-03-01T00:00:00\n"),
                n -> { });

        assertThat(report.problems()).extracting(RowProblem::column)
                .containsExactly("Account", "Partition", "AllocTRES", "End");
        assertThat(report.problems()).extracting(RowProblem::line).containsOnly(1);
    }

    static SiteBuilder mappedSite(Database db) {
        SiteBuilder site = new SiteBuilder(new InventoryFixture(db));
        site.h100Server("A01", 8);
        site.h100Server("A02", 3);
        MappingService mappings = new MappingService(db);
        mappings.createAccount(MappingInput.account("hpc1", "nu-ai", site.tenant.getId()));
        mappings.createPartition(MappingInput.partition("hpc1", "h100", site.siteId(), GpuClass.H100_CLASS));
        return site;
    }

    private static InputStream file(String name) {
        return SacctImportTest.class.getResourceAsStream(name);
    }

    private static InputStream text(String sacct) {
        return new ByteArrayInputStream(sacct.getBytes(StandardCharsets.UTF_8));
    }

    private static BigDecimal hours(String h) {
        return new BigDecimal(h).setScale(Hours.SCALE);
    }
}
