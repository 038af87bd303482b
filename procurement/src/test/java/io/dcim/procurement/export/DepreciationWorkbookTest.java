package io.dcim.procurement.export;

import io.dcim.procurement.depreciation.AssetTerms;
import io.dcim.procurement.depreciation.DepreciationCalculator;
import io.dcim.procurement.depreciation.DepreciationMethod;
import io.dcim.procurement.depreciation.DepreciationSchedule;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepreciationWorkbookTest {

    private final DepreciationCalculator calculator = new DepreciationCalculator();

    /** 120,000.00 at 5% over 60 months from June 2024: 1,900.00 a month. */
    private final DepreciationSchedule server = calculator.schedule(AssetTerms.of(new BigDecimal("120000.00"),
            new BigDecimal("0.05"), 60, DepreciationMethod.STRAIGHT_LINE, LocalDate.of(2024, 5, 15)));
    /** 100,000.00 at 5% over 5 years, DDB, from January 2024. */
    private final DepreciationSchedule storage = calculator.schedule(AssetTerms.of(new BigDecimal("100000.00"),
            new BigDecimal("0.05"), 60, DepreciationMethod.DOUBLE_DECLINING_BALANCE, LocalDate.of(2023, 12, 18)));
    /** 36,000.00, no residual, 36 months SYD from July 2024. */
    private final DepreciationSchedule switchGear = calculator.schedule(AssetTerms.of(new BigDecimal("36000.00"),
            BigDecimal.ZERO, 36, DepreciationMethod.SUM_OF_YEARS_DIGITS, LocalDate.of(2024, 6, 3)));

    private List<DetailRow> fleet() {
        return Stream.of(
                        DetailRow.of("SRV-0001", "8×H100 server", "GPU server", "Ulanqab-1", server),
                        DetailRow.of("STO-0001", "Storage array", "Storage", "Ulanqab-1", storage),
                        DetailRow.of("NET-0001", null, "Network", null, switchGear))
                .flatMap(s -> s).toList();
    }

    @Test
    void writesHeaderValuesAndFormatsThatReadBack() throws IOException {
        try (XSSFWorkbook book = read(write(new DepreciationWorkbook(), fleet()))) {
            assertThat(sheetNames(book)).containsExactly("Summary", "Detail");
            XSSFSheet detail = book.getSheet("Detail");
            assertThat(cells(detail.getRow(0))).containsExactly("Asset tag", "Description", "Class", "Site", "In service",
                    "Cost (CNY)", "Method", "Life (months)", "Period", "Depreciation (CNY)", "Accumulated (CNY)",
                    "Net book value (CNY)");
            assertThat(detail.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();

            Row first = detail.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("SRV-0001");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("8×H100 server");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("GPU server");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Ulanqab-1");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(4))).isTrue();
            assertThat(first.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 5, 15, 0, 0));
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(120_000.00);
            assertThat(first.getCell(5).getCellStyle().getDataFormatString()).isEqualTo(SheetWords.CNY_FORMAT);
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Straight-line");
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(60);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(8))).isTrue();
            assertThat(first.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm");
            assertThat(month(first.getCell(8))).isEqualTo("2024-06");
            assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(1_900.00);
            assertThat(first.getCell(10).getNumericCellValue()).isEqualTo(1_900.00);
            assertThat(first.getCell(11).getNumericCellValue()).isEqualTo(118_100.00);
            assertThat(first.getCell(11).getCellStyle().getDataFormatString()).isEqualTo(SheetWords.CNY_FORMAT);

            Row network = detail.getRow(121);
            assertThat(network.getCell(0).getStringCellValue()).isEqualTo("NET-0001");
            assertThat(network.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(network.getCell(6).getStringCellValue()).isEqualTo("Sum-of-the-years' digits");
            assertThat(detail.getLastRowNum()).isEqualTo(60 + 60 + 36);
        }
    }

    @Test
    void freezesTheHeaderFiltersEveryColumnAndFixesColumnWidths() throws IOException {
        try (XSSFWorkbook book = read(write(new DepreciationWorkbook(), fleet()))) {
            XSSFSheet detail = book.getSheet("Detail");
            PaneInformation pane = detail.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(detail.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L157");
            assertThat(detail.getColumnWidth(0)).isEqualTo(16 * 256);
            assertThat(detail.getColumnWidth(1)).isEqualTo(36 * 256);
            assertThat(detail.getColumnWidth(11)).isEqualTo(20 * 256);
            assertThat(book.getSheet("Summary").getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void summaryByMonthAndClassEqualsTheSumOfTheDetail() throws IOException {
        List<DetailRow> rows = fleet();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = new DepreciationWorkbook().write(rows.stream(), out, n -> { });

        // Exact expectation from the engine: cost − residual of each asset, all fully depreciated.
        BigDecimal expected = new BigDecimal("114000.00").add(new BigDecimal("95000.00")).add(new BigDecimal("36000.00"));
        assertThat(result.totalDepreciation()).isEqualTo(expected);
        assertThat(result.detailRows()).isEqualTo(156);
        assertThat(result.detailSheets()).isEqualTo(1);

        try (XSSFWorkbook book = read(out.toByteArray())) {
            Map<String, BigDecimal> detailByMonthAndClass = new HashMap<>();
            BigDecimal detailTotal = BigDecimal.ZERO;
            XSSFSheet detail = book.getSheet("Detail");
            for (int r = 1; r <= detail.getLastRowNum(); r++) {
                Row row = detail.getRow(r);
                BigDecimal amount = fen(row.getCell(9).getNumericCellValue());
                detailByMonthAndClass.merge(month(row.getCell(8)) + "|" + row.getCell(2).getStringCellValue(),
                        amount, BigDecimal::add);
                detailTotal = detailTotal.add(amount);
            }
            assertThat(detailTotal).isEqualTo(expected);

            XSSFSheet summary = book.getSheet("Summary");
            List<String> header = cells(summary.getRow(0));
            assertThat(header).containsExactly("Period", "GPU server", "Network", "Storage", "Total");
            // January 2024 to May 2029: 65 months, then the total row.
            assertThat(summary.getLastRowNum()).isEqualTo(66);
            assertThat(month(summary.getRow(1).getCell(0))).isEqualTo("2024-01");
            for (int r = 1; r <= 65; r++) {
                Row row = summary.getRow(r);
                String month = month(row.getCell(0));
                BigDecimal monthTotal = BigDecimal.ZERO;
                for (int c = 1; c <= 3; c++) {
                    BigDecimal cell = fen(row.getCell(c).getNumericCellValue());
                    assertThat(cell).as("%s %s", month, header.get(c))
                            .isEqualTo(detailByMonthAndClass.getOrDefault(month + "|" + header.get(c), new BigDecimal("0.00")));
                    monthTotal = monthTotal.add(cell);
                }
                assertThat(fen(row.getCell(4).getNumericCellValue())).isEqualTo(monthTotal);
            }
            Row total = summary.getRow(66);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(fen(total.getCell(1).getNumericCellValue())).isEqualTo(new BigDecimal("114000.00"));
            assertThat(fen(total.getCell(2).getNumericCellValue())).isEqualTo(new BigDecimal("36000.00"));
            assertThat(fen(total.getCell(3).getNumericCellValue())).isEqualTo(new BigDecimal("95000.00"));
            assertThat(fen(total.getCell(4).getNumericCellValue())).isEqualTo(expected);
            assertThat(total.getCell(4).getCellStyle().getDataFormatString()).isEqualTo(SheetWords.CNY_FORMAT);
        }
    }

    @Test
    void continuesOnNumberedDetailSheetsEachWithItsHeaderWhenASheetIsFull() throws IOException {
        List<DetailRow> rows = fleet().subList(0, 25);
        // 11 rows a sheet = header + 10: 25 rows take 10 + 10 + 5.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = new DepreciationWorkbook(11).write(rows.stream(), out, n -> { });

        assertThat(result.detailSheets()).isEqualTo(3);
        try (XSSFWorkbook book = read(out.toByteArray())) {
            assertThat(sheetNames(book)).containsExactly("Summary", "Detail", "Detail (2)", "Detail (3)");
            List<String> periods = new ArrayList<>();
            for (String name : List.of("Detail", "Detail (2)", "Detail (3)")) {
                XSSFSheet sheet = book.getSheet(name);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Asset tag");
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    periods.add(month(sheet.getRow(r).getCell(8)));
                }
            }
            assertThat(book.getSheet("Detail").getLastRowNum()).isEqualTo(10);
            assertThat(book.getSheet("Detail (3)").getLastRowNum()).isEqualTo(5);
            assertThat(book.getSheet("Detail (3)").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L6");
            assertThat(periods).isEqualTo(rows.stream().map(r -> r.period().toString()).toList());
        }
    }

    @Test
    void aSheetFilledExactlyStartsNoEmptySheet() throws IOException {
        ExportResult result = new DepreciationWorkbook(11).write(fleet().subList(0, 20).stream(), new ByteArrayOutputStream(), n -> { });

        assertThat(result.detailSheets()).isEqualTo(2);
    }

    @Test
    void noRowsStillGiveTheHeadersAndAZeroTotal() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = new DepreciationWorkbook().write(Stream.empty(), out, n -> { });

        assertThat(result.totalDepreciation()).isEqualByComparingTo("0");
        try (XSSFWorkbook book = read(out.toByteArray())) {
            assertThat(book.getSheet("Detail").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Asset tag");
            assertThat(cells(book.getSheet("Summary").getRow(0))).containsExactly("Period", "Total");
        }
    }

    @Test
    void reportsProgressEveryTenThousandRowsAndAtTheEnd() throws IOException {
        DetailRow row = fleet().get(0);
        List<Long> reported = new ArrayList<>();

        new DepreciationWorkbook().write(IntStream.range(0, 25_000).mapToObj(i -> row), new ByteArrayOutputStream(), reported::add);

        assertThat(reported).containsExactly(10_000L, 20_000L, 25_000L);
    }

    @Test
    void deletesItsTemporaryFilesAfterWriting(@TempDir Path temp) {
        Long rows = TempFile.withStrategy(new DefaultTempFileCreationStrategy(temp.toFile()),
                () -> writeQuietly(fleet().iterator(), new ByteArrayOutputStream()).detailRows());

        assertThat(rows).isEqualTo(156);
        assertThat(filesUnder(temp)).isEmpty();
    }

    @Test
    void deletesItsTemporaryFilesAndWritesNothingWhenTheRowsFail(@TempDir Path temp) {
        List<DetailRow> rows = fleet();
        List<Path> duringTheRun = new ArrayList<>();
        Iterator<DetailRow> failing = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public DetailRow next() {
                if (next == 150) {
                    duringTheRun.addAll(filesUnder(temp));
                    throw new IllegalStateException("database connection lost");
                }
                return rows.get(next++);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> TempFile.withStrategy(new DefaultTempFileCreationStrategy(temp.toFile()),
                () -> writeQuietly(failing, out)))
                .isInstanceOf(IllegalStateException.class).hasMessage("database connection lost");
        assertThat(duringTheRun).as("SXSSF spilled rows to compressed temporary files")
                .isNotEmpty().allSatisfy(p -> assertThat(p.toString()).endsWith(".gz"));
        assertThat(filesUnder(temp)).isEmpty();
        assertThat(out.size()).isZero();
    }

    private static byte[] write(DepreciationWorkbook workbook, List<DetailRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(rows.iterator(), out, n -> { });
        return out.toByteArray();
    }

    private static ExportResult writeQuietly(Iterator<DetailRow> rows, ByteArrayOutputStream out) {
        try {
            return new DepreciationWorkbook().write(rows, out, n -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        return IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName).toList();
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        for (Cell cell : row) {
            values.add(cell.getStringCellValue());
        }
        return values;
    }

    private static BigDecimal fen(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static List<Path> filesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A period cell: a real date (the month's first day), read back as its month. */
    private static String month(org.apache.poi.ss.usermodel.Cell cell) {
        return java.time.YearMonth.from(cell.getLocalDateTimeCellValue()).toString();
    }
}
