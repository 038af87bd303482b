package io.dcim.procurement.bench;

import io.dcim.procurement.depreciation.AssetTerms;
import io.dcim.procurement.depreciation.DepreciationCalculator;
import io.dcim.procurement.depreciation.DepreciationMethod;
import io.dcim.procurement.depreciation.DepreciationSchedule;
import io.dcim.procurement.export.DepreciationWorkbook;
import io.dcim.procurement.export.DetailRow;
import io.dcim.procurement.export.ExportResult;
import io.dcim.testing.BenchScale;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Procurement benchmarks, run by {@code mvn -B -q -Pbench-procurement -DskipTests -pl procurement -am verify}
 * in a JVM of its own with -Xmx512m (see the module pom):
 * <ol>
 *   <li>depreciation schedules of 50,000 assets × 60 months (a fleet far larger than the
 *       reference operator's), single thread and parallel;</li>
 *   <li>a 600,000-row depreciation workbook (10,000 assets × 60 months) streamed to a file,
 *       with its time, rate, size and the peak heap it needed;</li>
 *   <li>the same workbook read from the fixed-asset register (H2 in memory) page by page
 *       through {@code AssetQueries.detailRows}, and the register's sums by site and class
 *       ({@link RegisterExportBenchmark});</li>
 *   <li>book value and accumulated depreciation of 100,000 assets at a date, by class and by site.</li>
 * </ol>
 */
public final class Benchmarks {

    private static final String[] CLASSES = {"GPU server", "CPU server", "Storage", "Network"};
    private static final String[] SITES = {"Ulanqab-1", "Ulanqab-2", "Hohhot-1"};
    private static final DepreciationCalculator CALCULATOR = new DepreciationCalculator();

    private Benchmarks() {
    }

    public static void main(String[] args) throws IOException {
        System.out.printf("JVM max heap %d MB, %d processors%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        schedules(BenchScale.pick(50_000, 100));
        workbook(BenchScale.pick(10_000, 50));
        RegisterExportBenchmark.run(BenchScale.pick(10_000, 50));
        RegisterExportBenchmark.bookValues(BenchScale.pick(100_000, 200));
    }

    private static void schedules(int assets) {
        List<AssetTerms> fleet = fleet(assets);
        BigDecimal expected = fleet.stream().map(t -> t.cost().subtract(t.residualValue())).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            total(fleet.stream());
        }
        // Best of five: the machine is shared, and the best run is the one least disturbed.
        double singleSeconds = Double.MAX_VALUE;
        double parallelSeconds = Double.MAX_VALUE;
        BigDecimal single = null;
        BigDecimal parallel = null;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            single = total(fleet.stream());
            singleSeconds = Math.min(singleSeconds, (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            parallel = total(fleet.parallelStream());
            parallelSeconds = Math.min(parallelSeconds, (System.nanoTime() - start) / 1e9);
        }

        long periods = assets * 60L;
        System.out.printf("Schedules: %,d assets x 60 months = %,d periods%n", assets, periods);
        System.out.printf("  single thread %.3f s (%,.0f schedules/s, %,.0f periods/s)%n",
                singleSeconds, assets / singleSeconds, periods / singleSeconds);
        System.out.printf("  parallel      %.3f s (%,.0f schedules/s), speed-up %.2fx%n",
                parallelSeconds, assets / parallelSeconds, singleSeconds / parallelSeconds);
        System.out.printf("  total depreciation %s CNY, ties to cost - residual: %b%n",
                single.toPlainString(), single.equals(expected) && parallel.equals(expected));
    }

    private static BigDecimal total(Stream<AssetTerms> fleet) {
        return fleet.map(CALCULATOR::schedule).map(DepreciationSchedule::totalDepreciation).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void workbook(int assets) throws IOException {
        List<AssetTerms> fleet = fleet(assets);
        Path file = Files.createTempFile("depreciation-bench", ".xlsx");
        AtomicLong progressCalls = new AtomicLong();
        HeapSampler heap = new HeapSampler();
        System.gc();
        long baseline = heap.usedNow();
        heap.start();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long startCpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ExportResult result;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            // Rows are made as they are written, the way an export reads them from the database.
            Stream<DetailRow> rows = IntStream.range(0, assets).boxed().flatMap(i -> DetailRow.of(
                    String.format("AST-%06d", i), "Asset " + i, CLASSES[i % CLASSES.length], SITES[i % SITES.length],
                    CALCULATOR.schedule(fleet.get(i))));
            result = new DepreciationWorkbook().write(rows, out, n -> progressCalls.incrementAndGet());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - startCpu) / 1e9;
        long peak = heap.stop();
        long size = Files.size(file);
        Files.delete(file);

        System.out.printf("Workbook: %,d detail rows on %d sheet(s), summary total %s CNY%n",
                result.detailRows(), result.detailSheets(), result.totalDepreciation().toPlainString());
        System.out.printf("  %.1f s wall, %,.0f rows/s (writing thread CPU %.1f s: %,.0f rows per CPU second)%n",
                seconds, result.detailRows() / seconds, cpuSeconds, result.detailRows() / cpuSeconds);
        System.out.printf("  file %.1f MB, %d progress reports%n", size / 1e6, progressCalls.get());
        System.out.printf("  heap used: %d MB before, peak %d MB while writing (sampled every 5 ms; max heap %d MB)%n",
                baseline >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** A fleet like the reference operator's: mostly GPU servers on 5-year lives, 5% residual. */
    private static List<AssetTerms> fleet(int assets) {
        Random random = new Random(42);
        DepreciationMethod[] methods = DepreciationMethod.values();
        return IntStream.range(0, assets).mapToObj(i -> AssetTerms.of(
                BigDecimal.valueOf(5_000_000L + random.nextInt(250_000_000), 2),
                new BigDecimal("0.05"), 60, methods[i % methods.length],
                LocalDate.of(2023, 11, 16).plusDays(random.nextInt(240)))).toList();
    }

    /** Samples heap use on a daemon thread: the JVM's own peak figures are per pool and overlap. */
    static final class HeapSampler {

        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running;
        private Thread thread;

        long usedNow() {
            return memory.getHeapMemoryUsage().getUsed();
        }

        void start() {
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(usedNow(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long stop() {
            running = false;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return peak.get();
        }
    }
}
