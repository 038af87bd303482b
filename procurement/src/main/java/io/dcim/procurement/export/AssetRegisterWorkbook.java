package io.dcim.procurement.export;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.procurement.request.Cny;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The fixed-asset register finance reconciles with the ledger: one row per asset on the books on
 * a date, with its cost, accumulated depreciation and net book value on that date, and a total
 * row whose figures are the exact (BigDecimal) sums of the rows above it. Streamed through SXSSF
 * like the depreciation schedule, so a large fleet does not sit in memory.
 */
public final class AssetRegisterWorkbook {

    /** Room for the header and the total row. */
    static final int MAX_ASSETS = DepreciationWorkbook.EXCEL_MAX_ROWS - 2;

    static final List<DepreciationWorkbook.Column> COLUMNS = List.of(
            new DepreciationWorkbook.Column("assetTag", 16), new DepreciationWorkbook.Column("description", 36),
            new DepreciationWorkbook.Column("class", 16), new DepreciationWorkbook.Column("site", 16),
            new DepreciationWorkbook.Column("costCentre", 14), new DepreciationWorkbook.Column("inService", 12),
            new DepreciationWorkbook.Column("costCny", 16), new DepreciationWorkbook.Column("method", 24),
            new DepreciationWorkbook.Column("lifeMonths", 13), new DepreciationWorkbook.Column("residualCny", 16),
            new DepreciationWorkbook.Column("accumulatedCny", 18),
            new DepreciationWorkbook.Column("netBookValueCny", 20), new DepreciationWorkbook.Column("warrantyTo", 12),
            new DepreciationWorkbook.Column("supportTo", 12));
    static final int COST = 6;
    static final int ACCUMULATED = 10;
    static final int NET_BOOK_VALUE = 11;

    /**
     * Writes the register as of {@code asOf} (shown in the title of the total row). Neither the
     * stream nor the output is closed.
     *
     * @param progress told the rows written so far every {@value DepreciationWorkbook#PROGRESS_EVERY} rows and at the end
     */
    public RegisterTotals write(LocalDate asOf, Stream<RegisterRow> rows, OutputStream out, LongConsumer progress)
            throws IOException {
        return write(asOf, rows, out, progress, Locale.ROOT);
    }

    /** As {@link #write(LocalDate, Stream, OutputStream, LongConsumer)}, headed in {@code locale}'s language. */
    public RegisterTotals write(LocalDate asOf, Stream<RegisterRow> rows, OutputStream out, LongConsumer progress,
                                Locale locale) throws IOException {
        SheetWords words = SheetWords.of(locale);
        Objects.requireNonNull(asOf, "asOf");
        LongConsumer told = progress == null ? n -> { } : progress;
        SXSSFWorkbook workbook = new SXSSFWorkbook(DepreciationWorkbook.ROW_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            DepreciationWorkbook.Styles styles = new DepreciationWorkbook.Styles(workbook, words);
            SXSSFSheet sheet = workbook.createSheet(words.get("register"));
            Sheets.header(sheet, COLUMNS, styles, words);
            int next = 1;
            BigDecimal cost = Cny.ZERO;
            BigDecimal accumulated = Cny.ZERO;
            BigDecimal netBookValue = Cny.ZERO;
            for (Iterator<RegisterRow> it = rows.iterator(); it.hasNext(); ) {
                if (next > MAX_ASSETS) {
                    throw new InvalidValueException("assets", Message.of("procurement.export.tooManyAssets", MAX_ASSETS));
                }
                RegisterRow r = it.next();
                write(sheet.createRow(next++), r, styles, words);
                cost = cost.add(r.cost());
                accumulated = accumulated.add(r.accumulated());
                netBookValue = netBookValue.add(r.netBookValue());
                if ((next - 1) % DepreciationWorkbook.PROGRESS_EVERY == 0) {
                    told.accept(next - 1);
                }
            }
            Sheets.finish(sheet, COLUMNS, next - 1);
            Row total = sheet.createRow(next);
            DepreciationWorkbook.text(total, 0, words.get("totalAt", asOf.toString())).setCellStyle(styles.totalLabel);
            Sheets.money(total, COST, cost, styles.totalCny);
            Sheets.money(total, ACCUMULATED, accumulated, styles.totalCny);
            Sheets.money(total, NET_BOOK_VALUE, netBookValue, styles.totalCny);
            workbook.write(out);
            out.flush();
            told.accept(next - 1);
            return new RegisterTotals(next - 1, cost, accumulated, netBookValue);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void write(Row row, RegisterRow r, DepreciationWorkbook.Styles styles, SheetWords words) {
        DepreciationWorkbook.text(row, 0, r.assetTag());
        DepreciationWorkbook.text(row, 1, r.description());
        DepreciationWorkbook.text(row, 2, words.assetClass(r.assetClass()));
        DepreciationWorkbook.text(row, 3, r.site());
        DepreciationWorkbook.text(row, 4, r.costCentre());
        Sheets.date(row, 5, r.inServiceDate(), styles.date);
        Sheets.money(row, COST, r.cost(), styles.cny);
        DepreciationWorkbook.text(row, 7, words.method(r.method()));
        Sheets.number(row, 8, r.usefulLifeMonths());
        Sheets.money(row, 9, r.residualValue(), styles.cny);
        Sheets.money(row, ACCUMULATED, r.accumulated(), styles.cny);
        Sheets.money(row, NET_BOOK_VALUE, r.netBookValue(), styles.cny);
        Sheets.date(row, 12, r.warrantyEnd(), styles.date);
        Sheets.date(row, 13, r.supportEnd(), styles.date);
    }
}
