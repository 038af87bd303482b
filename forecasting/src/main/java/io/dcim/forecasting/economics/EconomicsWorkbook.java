package io.dcim.forecasting.economics;

import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import io.dcim.common.table.TableFormat;
import io.dcim.common.table.TableWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The XLSX finance is handed: a site's economics (one row per group and the total, every cost line, in CNY to
 * the fen so that rows add up to the total) and a tenant's statement (one row per site, class and part of the month
 * between two price, contract or package changes, then the amount due). Column heads in the reader's language. A
 * statement row's first and last day are date cells on every row, the whole month's too: a line of the same class
 * at another price then reads as another part of the month, and every month's file has the same columns to sort,
 * filter and paste.
 */
public final class EconomicsWorkbook {

    private static final List<String> REPORT_COLUMNS = List.of("group", "revenue", "depreciation", "lease", "electricity",
            "outsourced", "support", "totalCost", "grossMargin", "marginPercent", "cardHoursUsed", "cardHoursAvailable",
            "utilization", "costPerCardHour");
    private static final List<String> STATEMENT_COLUMNS = List.of("site", "gpuClass", "from", "to", "cardHours",
            "coreHours", "packageCardHours", "packageAmount", "cardHourPrice", "coreHourPrice", "discountPercent",
            "cardAmount", "coreAmount", "amount");

    private EconomicsWorkbook() {
    }

    public static String fileName(EconomicsReport report) {
        return "economics-site-" + report.siteId() + "-" + report.from() + "-" + report.to() + ".xlsx";
    }

    public static String fileName(TenantStatement statement) {
        return "statement-tenant-" + statement.tenantId() + "-" + statement.month() + ".xlsx";
    }

    public static void write(EconomicsReport report, Locale locale, OutputStream out) {
        try (TableWriter table = TableWriter.open(TableFormat.XLSX, out)) {
            table.header(heads(REPORT_COLUMNS, locale));
            report.rows().forEach(row -> table.row(cells(row)));
            List<Object> total = cells(report.total());
            total.set(0, word("total", locale));
            table.row(total);
        }
    }

    public static void write(TenantStatement statement, Locale locale, OutputStream out) {
        try (TableWriter table = TableWriter.open(TableFormat.XLSX, out)) {
            table.header(heads(STATEMENT_COLUMNS, locale));
            for (TenantStatement.Line line : statement.lines()) {
                RevenueLine r = line.revenue();
                table.row(Arrays.asList(line.siteName(), classWord(r.gpuClass(), locale), r.from(), r.to(),
                        r.cardHours(), r.coreHours(), r.packageCardHours(), r.packageAmount(), r.cardHourPrice(),
                        r.coreHourPrice(), r.discountPercent(), r.cardAmount(), r.coreAmount(), r.amount()));
            }
            List<Object> total = new ArrayList<>(java.util.Collections.nCopies(STATEMENT_COLUMNS.size(), null));
            total.set(0, word("total", locale));
            total.set(STATEMENT_COLUMNS.size() - 1, statement.amount());
            table.row(total);
            List<Object> energy = new ArrayList<>(java.util.Collections.nCopies(STATEMENT_COLUMNS.size(), null));
            energy.set(0, word("energyKwh", locale));
            energy.set(STATEMENT_COLUMNS.size() - 1, statement.energyKwh());
            table.row(energy);
        }
    }

    private static List<Object> cells(EconomicsRow row) {
        CostAmounts c = row.costs();
        return new ArrayList<>(Arrays.asList(row.label(), row.revenue(), c.depreciation(), c.lease(), c.electricity(),
                c.outsourced(), c.support(), row.totalCost(), row.grossMargin(), row.marginPercent(), row.cardHoursUsed(),
                row.cardHoursAvailable(), row.utilization(), row.costPerCardHour()));
    }

    private static String classWord(io.dcim.forecasting.history.GpuClass gpuClass, Locale locale) {
        // One key per class, named through a variable (MessageBundlesTest reads literal keys whole).
        String key = "forecasting.GpuClass." + gpuClass.name();
        return Messages.text(Message.of(key), locale);
    }

    private static List<String> heads(List<String> columns, Locale locale) {
        return columns.stream().map(c -> word(c, locale)).toList();
    }

    private static String word(String column, Locale locale) {
        // One key per column, named through a variable (MessageBundlesTest reads literal keys whole).
        String key = "forecasting.economics.column." + column;
        return Messages.text(Message.of(key), locale);
    }
}
