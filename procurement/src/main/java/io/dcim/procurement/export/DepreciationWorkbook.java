package io.dcim.procurement.export;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.table.HeaderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the depreciation schedule workbook finance asks for: "Summary" (depreciation by month
 * and asset class, with totals) and "Detail" (one row per asset per month), continued on
 * "Detail (2)", "Detail (3)"… when a sheet is full.
 *
 * <p>Rows are streamed through Apache POI SXSSF: only the last {@value #ROW_WINDOW} rows of a
 * sheet are kept in memory, the rest go to compressed temporary files that are deleted when
 * the workbook has been written, or has failed to be. Column widths are fixed because
 * auto-sizing would need every row in memory. Nothing reaches the output until every row has
 * been read, so a failing source leaves the output untouched.
 *
 * <p>One instance may write any number of workbooks, one after the other or concurrently.
 */
public final class DepreciationWorkbook {

    /** Rows in an Excel sheet, header included. */
    public static final int EXCEL_MAX_ROWS = 1_048_576;
    /** Rows SXSSF keeps in memory per sheet before flushing to its temporary file. */
    static final int ROW_WINDOW = 100;
    /** The progress callback hears about every this many rows, and once at the end. */
    public static final long PROGRESS_EVERY = 10_000;

    static final String DATE_FORMAT = "yyyy-mm-dd";

    /** Detail columns: header (its key under {@code procurement.sheet.col.}) and width in characters. */
    static final List<Column> DETAIL_COLUMNS = List.of(
            new Column("assetTag", 16), new Column("description", 36), new Column("class", 16), new Column("site", 16),
            new Column("inService", 12), new Column("costCny", 16), new Column("method", 24),
            new Column("lifeMonths", 13), new Column("period", 9), new Column("depreciationCny", 18),
            new Column("accumulatedCny", 18), new Column("netBookValueCny", 20));

    record Column(String key, int widthChars) {
    }

    private final int maxRowsPerSheet;

    /** A writer that fills each sheet up to Excel's limit. */
    public DepreciationWorkbook() {
        this(EXCEL_MAX_ROWS);
    }

    /**
     * @param maxRowsPerSheet rows per detail sheet including its header, at most
     *                        {@link #EXCEL_MAX_ROWS}; smaller values serve tests and readers
     *                        whose spreadsheet tool chokes on big sheets
     */
    public DepreciationWorkbook(int maxRowsPerSheet) {
        if (maxRowsPerSheet < 2 || maxRowsPerSheet > EXCEL_MAX_ROWS) {
            throw new InvalidValueException("maxRowsPerSheet", Message.of("procurement.export.rowsPerSheet", EXCEL_MAX_ROWS,
                    maxRowsPerSheet));
        }
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /**
     * Writes the workbook for {@code rows} to {@code out}. Neither the stream nor the output is closed.
     *
     * @param progress told the number of rows written so far, every {@value #PROGRESS_EVERY}
     *                 rows and once at the end; may be {@code null}
     */
    public ExportResult write(Stream<DetailRow> rows, OutputStream out, LongConsumer progress) throws IOException {
        return write(rows.iterator(), out, progress, Locale.ROOT);
    }

    /** As {@link #write(Stream, OutputStream, LongConsumer)}, headed in {@code locale}'s language. */
    public ExportResult write(Stream<DetailRow> rows, OutputStream out, LongConsumer progress, Locale locale)
            throws IOException {
        return write(rows.iterator(), out, progress, locale);
    }

    /** As {@link #write(Stream, OutputStream, LongConsumer)}, from an iterator. */
    public ExportResult write(Iterator<DetailRow> rows, OutputStream out, LongConsumer progress) throws IOException {
        return write(rows, out, progress, Locale.ROOT);
    }

    /** As {@link #write(Stream, OutputStream, LongConsumer, Locale)}, from an iterator. */
    public ExportResult write(Iterator<DetailRow> rows, OutputStream out, LongConsumer progress, Locale locale)
            throws IOException {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(out, "out");
        SXSSFWorkbook workbook = new FastCompressingWorkbook();
        try {
            workbook.setCompressTempFiles(true);
            ExportResult result = new Writer(workbook, progress == null ? n -> { } : progress, SheetWords.of(locale))
                    .write(rows);
            workbook.write(out);
            out.flush();
            return result;
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /**
     * SXSSF gzips its temporary files at the default level, which on the benchmark machine
     * nearly doubled the time spent adding rows. The temporary files only need to be small
     * enough not to fill the disk, so they are gzipped at the fastest level: about as fast as
     * not compressing at all. The output itself is compressed as usual.
     */
    private static final class FastCompressingWorkbook extends SXSSFWorkbook {

        FastCompressingWorkbook() {
            super(ROW_WINDOW);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            if (!isCompressTempFiles()) {
                return super.createSheetDataWriter();
            }
            return new GZIPSheetDataWriter(getSharedStringSource()) {
                @Override
                protected OutputStream decorateOutputStream(FileOutputStream out) throws IOException {
                    return new GZIPOutputStream(out, 64 * 1024) {
                        {
                            def.setLevel(Deflater.BEST_SPEED);
                        }
                    };
                }
            };
        }
    }

    /** The state of writing one workbook. */
    private final class Writer {

        private final SXSSFWorkbook workbook;
        private final LongConsumer progress;
        private final Styles styles;
        private final SheetWords words;
        private final SummaryTotals totals = new SummaryTotals();
        private final SXSSFSheet summary;
        private SXSSFSheet detail;
        private int detailSheets;
        private int nextRow;
        private long written;

        Writer(SXSSFWorkbook workbook, LongConsumer progress, SheetWords words) {
            this.workbook = workbook;
            this.progress = progress;
            this.words = words;
            this.styles = new Styles(workbook, words);
            // Created first so it is the first tab; filled once the totals are known.
            this.summary = workbook.createSheet(words.get("summary"));
        }

        ExportResult write(Iterator<DetailRow> rows) {
            startDetailSheet();
            while (rows.hasNext()) {
                if (nextRow == maxRowsPerSheet) {
                    finishDetailSheet();
                    startDetailSheet();
                }
                DetailRow row = rows.next();
                writeDetail(detail.createRow(nextRow++), row);
                totals.add(row.period(), row.assetClass(), row.depreciation());
                if (++written % PROGRESS_EVERY == 0) {
                    progress.accept(written);
                }
            }
            finishDetailSheet();
            new SummarySheet(summary, styles, totals, words).write();
            progress.accept(written);
            return new ExportResult(written, detailSheets, totals.grandTotal());
        }

        private void startDetailSheet() {
            detailSheets++;
            detail = workbook.createSheet(detailSheets == 1 ? words.get("detail") : words.get("detailContinued", detailSheets));
            Row header = detail.createRow(0);
            for (int c = 0; c < DETAIL_COLUMNS.size(); c++) {
                text(header, c, words.header(DETAIL_COLUMNS.get(c))).setCellStyle(styles.header);
            }
            detail.createFreezePane(0, 1);
            nextRow = 1;
        }

        /**
         * Widths are set once the rows are written: while a sheet has column definitions, POI
         * looks each new cell's column up in them to inherit its style, which took a third of
         * the time of a large export. The definitions belong to the sheet, not to the rows
         * already flushed, so setting them last gives the same file.
         */
        private void finishDetailSheet() {
            for (int c = 0; c < DETAIL_COLUMNS.size(); c++) {
                detail.setColumnWidth(c, DETAIL_COLUMNS.get(c).widthChars() * 256);
            }
            detail.setAutoFilter(new CellRangeAddress(0, nextRow - 1, 0, DETAIL_COLUMNS.size() - 1));
        }

        private void writeDetail(Row row, DetailRow detail) {
            text(row, 0, detail.assetTag());
            text(row, 1, detail.description());
            text(row, 2, words.assetClass(detail.assetClass()));
            text(row, 3, detail.site());
            date(row, 4, detail.inServiceDate());
            money(row, 5, detail.cost());
            text(row, 6, words.method(detail.method()));
            row.createCell(7).setCellValue(detail.usefulLifeMonths());
            month(row, 8, detail.period(), styles);
            money(row, 9, detail.depreciation());
            money(row, 10, detail.accumulated());
            money(row, 11, detail.netBookValue());
        }

        private void date(Row row, int column, LocalDate value) {
            if (value != null) {
                Cell cell = row.createCell(column);
                cell.setCellValue(value);
                cell.setCellStyle(styles.date);
            }
        }

        private void money(Row row, int column, BigDecimal value) {
            if (value != null) {
                Styles.money(row.createCell(column), value, styles.cny);
            }
        }
    }

    /** A month as a real date (its first day) shown {@code yyyy-mm}: finance sorts, filters and pivots on it. */
    static void month(Row row, int column, YearMonth month, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(month.atDay(1));
        cell.setCellStyle(styles.month);
    }

    static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    /** Cell styles are per workbook and limited in number: made once, shared by every cell. */
    static final class Styles {

        final CellStyle header;
        final CellStyle cny;
        final CellStyle date;
        final CellStyle month;
        final CellStyle totalLabel;
        final CellStyle totalCny;

        Styles(SXSSFWorkbook workbook, SheetWords words) {
            short cnyFormat = workbook.createDataFormat().getFormat(words.cnyFormat());
            header = HeaderStyle.bold(workbook);
            cny = workbook.createCellStyle();
            cny.setDataFormat(cnyFormat);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
            month = workbook.createCellStyle();
            month.setDataFormat(workbook.createDataFormat().getFormat(SheetWords.MONTH_FORMAT));
            totalLabel = header;
            totalCny = workbook.createCellStyle();
            totalCny.cloneStyleFrom(header);
            totalCny.setDataFormat(cnyFormat);
        }

        /**
         * XLSX stores numbers as doubles; a fen amount below 10^13 CNY survives the trip, since
         * a double carries 15 significant digits.
         */
        static void money(Cell cell, BigDecimal value, CellStyle style) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    /** The summary sheet: months down, asset classes across, totals on the right and at the bottom. */
    private record SummarySheet(SXSSFSheet sheet, Styles styles, SummaryTotals totals, SheetWords words) {

        void write() {
            List<String> classes = List.copyOf(totals.classes());
            int totalColumn = classes.size() + 1;
            Row header = sheet.createRow(0);
            text(header, 0, words.get("col.period")).setCellStyle(styles.header);
            for (int c = 0; c < classes.size(); c++) {
                text(header, c + 1, words.assetClass(classes.get(c))).setCellStyle(styles.header);
            }
            text(header, totalColumn, words.get("total")).setCellStyle(styles.header);
            sheet.setColumnWidth(0, 12 * 256);
            for (int c = 1; c <= totalColumn; c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            sheet.createFreezePane(1, 1);

            int r = 1;
            for (YearMonth month : totals.months()) {
                Row row = sheet.createRow(r++);
                DepreciationWorkbook.month(row, 0, month, styles);
                for (int c = 0; c < classes.size(); c++) {
                    Styles.money(row.createCell(c + 1), totals.amount(month, classes.get(c)), styles.cny);
                }
                Styles.money(row.createCell(totalColumn), totals.monthTotal(month), styles.cny);
            }
            Row total = sheet.createRow(r);
            text(total, 0, words.get("total")).setCellStyle(styles.totalLabel);
            for (int c = 0; c < classes.size(); c++) {
                Styles.money(total.createCell(c + 1), totals.classTotal(classes.get(c)), styles.totalCny);
            }
            Styles.money(total.createCell(totalColumn), totals.grandTotal(), styles.totalCny);
        }
    }
}
