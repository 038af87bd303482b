package io.dcim.inventory.bench;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.table.TableReader;
import io.dcim.common.table.Workbooks;
import io.dcim.testing.BenchScale;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An oversized upload: a workbook of 200,000 device rows (a few MB zipped, tens of MB of sheet
 * XML) against the console's 50,000-row cap. Prints the time and the peak heap until it is
 * refused, for the streaming reader and, side by side, for the in-memory reader it replaced
 * (kept here only for that figure). Run alone, before the database benchmarks.
 */
final class XlsxUploadBenchmark {

    /** At smoke scale (CI) a small file against a small cap: only that the benchmark still runs. */
    private static final int ROWS = BenchScale.pick(200_000, 2_000);
    private static final int CAP = BenchScale.pick(50_000, 500);

    private XlsxUploadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        byte[] file = Workbooks.rows(ROWS, r -> List.of("IM-SRV-" + r, "SN-" + (1_000_000 + r), "node-" + r,
                "Dell PowerEdge XE9680 8x H100 SXM5", "RECEIVED", "bulk upload " + (r % 7)));
        System.out.printf("XLSX upload of %,d rows (%,d KB) against a %,d-row cap%n", ROWS, file.length / 1024, CAP);
        measure("streaming reader (TableReader)", () -> new TableReader(CAP).read(file));
        measure("in-memory reader (XSSFWorkbook, before)", () -> readWholeWorkbook(file));
    }

    private static void measure(String name, Runnable read) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        String outcome;
        try {
            read.run();
            outcome = "read whole (not refused!)";
        } catch (InvalidValueException e) {
            outcome = "refused: " + e.getMessage();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        // CPU time beside wall time: on a shared machine the wall clock also counts waiting for a core.
        System.out.printf("  %s: %.2f s (%.2f s CPU), peak heap +%,d MB; %s%n", name, seconds, cpuSeconds,
                (peak - before) / (1024 * 1024), outcome);
    }

    /** The reader before streaming: the whole workbook as objects, then the rows up to the cap. */
    private static void readWholeWorkbook(byte[] file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            int rows = -1;
            for (Row row : sheet) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    formatter.formatCellValue(row.getCell(c));
                }
                if (++rows > CAP) {
                    throw new InvalidValueException("file", "has more than " + CAP + " rows; split it into several files");
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
