package io.dcim.procurement.export;

import io.dcim.procurement.request.Cny;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The purchase register: "Orders" (one row per order: ordered, received and invoiced, gross, and
 * whether they agree) and "Lines" (one row per order line). Each sheet ends in a total row; the
 * orders' gross total equals the lines' to the fen, because both are exact sums of the same
 * line amounts.
 */
public final class PurchaseRegisterWorkbook {

    static final List<DepreciationWorkbook.Column> ORDER_COLUMNS = List.of(
            new DepreciationWorkbook.Column("order", 16), new DepreciationWorkbook.Column("date", 12),
            new DepreciationWorkbook.Column("supplier", 32), new DepreciationWorkbook.Column("request", 40),
            new DepreciationWorkbook.Column("status", 18), new DepreciationWorkbook.Column("netCny", 18),
            new DepreciationWorkbook.Column("vatCny", 16), new DepreciationWorkbook.Column("grossCny", 18),
            new DepreciationWorkbook.Column("receivedGrossCny", 20), new DepreciationWorkbook.Column("invoice", 16),
            new DepreciationWorkbook.Column("invoicedCny", 18), new DepreciationWorkbook.Column("check", 40));
    static final List<DepreciationWorkbook.Column> LINE_COLUMNS = List.of(
            new DepreciationWorkbook.Column("order", 16), new DepreciationWorkbook.Column("date", 12),
            new DepreciationWorkbook.Column("supplier", 32), new DepreciationWorkbook.Column("line", 6),
            new DepreciationWorkbook.Column("description", 40), new DepreciationWorkbook.Column("ordered", 9),
            new DepreciationWorkbook.Column("received", 9), new DepreciationWorkbook.Column("unitPriceCny", 16),
            new DepreciationWorkbook.Column("vatRate", 9), new DepreciationWorkbook.Column("netCny", 18),
            new DepreciationWorkbook.Column("vatCny", 16), new DepreciationWorkbook.Column("grossCny", 18),
            new DepreciationWorkbook.Column("receivedGrossCny", 20));
    static final int ORDER_GROSS = 7;
    static final int LINE_GROSS = 11;

    /**
     * Writes the register of {@code lines} (ordered by order, then line number). The output is not closed.
     *
     * @param progress told the lines written so far, once at the end
     * @return the exact sums the total rows show
     */
    public Totals write(List<PurchaseLineRow> lines, OutputStream out, LongConsumer progress) throws IOException {
        return write(lines, out, progress, Locale.ROOT);
    }

    /** As {@link #write(List, OutputStream, LongConsumer)}, headed in {@code locale}'s language. */
    public Totals write(List<PurchaseLineRow> lines, OutputStream out, LongConsumer progress, Locale locale)
            throws IOException {
        SheetWords words = SheetWords.of(locale);
        SXSSFWorkbook workbook = new SXSSFWorkbook(DepreciationWorkbook.ROW_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            DepreciationWorkbook.Styles styles = new DepreciationWorkbook.Styles(workbook, words);
            CellStyle rate = workbook.createCellStyle();
            rate.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            SXSSFSheet orders = workbook.createSheet(words.get("orders"));
            SXSSFSheet lineSheet = workbook.createSheet(words.get("lines"));
            Totals totals = writeLines(lineSheet, lines, styles, rate, words);
            writeOrders(orders, lines, styles, words);
            workbook.write(out);
            out.flush();
            if (progress != null) {
                progress.accept(lines.size());
            }
            return totals;
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** The lines' count and exact sums; the orders sheet adds up to the same net, VAT and gross. */
    public record Totals(long lines, long orders, BigDecimal net, BigDecimal vat, BigDecimal gross, BigDecimal receivedGross,
                         BigDecimal invoiced) {
    }

    private static Totals writeLines(SXSSFSheet sheet, List<PurchaseLineRow> lines, DepreciationWorkbook.Styles styles,
                                     CellStyle rate, SheetWords words) {
        Sheets.header(sheet, LINE_COLUMNS, styles, words);
        int next = 1;
        BigDecimal net = Cny.ZERO;
        BigDecimal vat = Cny.ZERO;
        BigDecimal gross = Cny.ZERO;
        BigDecimal received = Cny.ZERO;
        for (PurchaseLineRow l : lines) {
            Row row = sheet.createRow(next++);
            DepreciationWorkbook.text(row, 0, l.orderNumber());
            Sheets.date(row, 1, l.orderDate(), styles.date);
            DepreciationWorkbook.text(row, 2, l.supplier());
            Sheets.number(row, 3, l.lineNo());
            DepreciationWorkbook.text(row, 4, l.description());
            Sheets.number(row, 5, l.quantity());
            Sheets.number(row, 6, l.receivedQuantity());
            Sheets.money(row, 7, l.unitPrice(), styles.cny);
            if (l.vatRate() != null) {
                row.createCell(8).setCellValue(l.vatRate().doubleValue());
                row.getCell(8).setCellStyle(rate);
            }
            Sheets.money(row, 9, l.net(), styles.cny);
            Sheets.money(row, 10, l.vat(), styles.cny);
            Sheets.money(row, LINE_GROSS, l.gross(), styles.cny);
            Sheets.money(row, 12, l.receivedGross(), styles.cny);
            net = net.add(l.net());
            vat = vat.add(l.vat());
            gross = gross.add(l.gross());
            received = received.add(l.receivedGross());
        }
        Sheets.finish(sheet, LINE_COLUMNS, next - 1);
        Row total = sheet.createRow(next);
        DepreciationWorkbook.text(total, 0, words.get("total")).setCellStyle(styles.totalLabel);
        Sheets.money(total, 9, net, styles.totalCny);
        Sheets.money(total, 10, vat, styles.totalCny);
        Sheets.money(total, LINE_GROSS, gross, styles.totalCny);
        Sheets.money(total, 12, received, styles.totalCny);
        Map<Long, BigDecimal> invoices = new LinkedHashMap<>();
        lines.forEach(l -> invoices.putIfAbsent(l.orderId(), l.invoiceAmount()));
        BigDecimal invoiced = invoices.values().stream().filter(java.util.Objects::nonNull).reduce(Cny.ZERO, BigDecimal::add);
        return new Totals(lines.size(), invoices.size(), net, vat, gross, received, invoiced);
    }

    private static void writeOrders(SXSSFSheet sheet, List<PurchaseLineRow> lines, DepreciationWorkbook.Styles styles,
                                    SheetWords words) {
        Sheets.header(sheet, ORDER_COLUMNS, styles, words);
        Map<Long, OrderSums> orders = new LinkedHashMap<>();
        for (PurchaseLineRow l : lines) {
            orders.computeIfAbsent(l.orderId(), id -> new OrderSums(l)).add(l);
        }
        int next = 1;
        OrderSums all = new OrderSums(null);
        for (OrderSums o : orders.values()) {
            PurchaseLineRow first = o.first;
            Row row = sheet.createRow(next++);
            DepreciationWorkbook.text(row, 0, first.orderNumber());
            Sheets.date(row, 1, first.orderDate(), styles.date);
            DepreciationWorkbook.text(row, 2, first.supplier());
            DepreciationWorkbook.text(row, 3, "#" + first.requestId() + " " + first.requestTitle());
            DepreciationWorkbook.text(row, 4, words.orderStatus(first.orderStatus()));
            Sheets.money(row, 5, o.net, styles.cny);
            Sheets.money(row, 6, o.vat, styles.cny);
            Sheets.money(row, ORDER_GROSS, o.gross, styles.cny);
            Sheets.money(row, 8, o.received, styles.cny);
            DepreciationWorkbook.text(row, 9, first.invoiceNumber());
            Sheets.money(row, 10, first.invoiceAmount(), styles.cny);
            DepreciationWorkbook.text(row, 11, check(o.gross, o.received, first.invoiceAmount(), words));
            all.net = all.net.add(o.net);
            all.vat = all.vat.add(o.vat);
            all.gross = all.gross.add(o.gross);
            all.received = all.received.add(o.received);
            if (first.invoiceAmount() != null) {
                all.invoiced = all.invoiced.add(first.invoiceAmount());
            }
        }
        Sheets.finish(sheet, ORDER_COLUMNS, next - 1);
        Row total = sheet.createRow(next);
        DepreciationWorkbook.text(total, 0, words.get("total")).setCellStyle(styles.totalLabel);
        Sheets.money(total, 5, all.net, styles.totalCny);
        Sheets.money(total, 6, all.vat, styles.totalCny);
        Sheets.money(total, ORDER_GROSS, all.gross, styles.totalCny);
        Sheets.money(total, 8, all.received, styles.totalCny);
        Sheets.money(total, 10, all.invoiced, styles.totalCny);
    }

    /** The same comparison as the order page, in a few words for a spreadsheet cell. */
    static String check(BigDecimal ordered, BigDecimal received, BigDecimal invoiced, SheetWords words) {
        if (invoiced == null) {
            if (received.signum() == 0) {
                return words.get("check.nothingReceived");
            }
            return words.get(Cny.differ(received, ordered) ? "check.partlyReceived" : "check.received");
        }
        if (!Cny.differ(invoiced, ordered) && !Cny.differ(invoiced, received)) {
            return words.get("check.matches");
        }
        StringBuilder text = new StringBuilder(words.get("check.mismatch"));
        if (Cny.differ(invoiced, ordered)) {
            text.append(' ').append(words.get("check.notOrder"));
        }
        if (Cny.differ(invoiced, received)) {
            text.append(' ').append(words.get("check.notReceived"));
        }
        return text.toString();
    }

    private static final class OrderSums {
        final PurchaseLineRow first;
        BigDecimal net = Cny.ZERO;
        BigDecimal vat = Cny.ZERO;
        BigDecimal gross = Cny.ZERO;
        BigDecimal received = Cny.ZERO;
        BigDecimal invoiced = Cny.ZERO;

        OrderSums(PurchaseLineRow first) {
            this.first = first;
        }

        void add(PurchaseLineRow l) {
            net = net.add(l.net());
            vat = vat.add(l.vat());
            gross = gross.add(l.gross());
            received = received.add(l.receivedGross());
        }
    }
}
