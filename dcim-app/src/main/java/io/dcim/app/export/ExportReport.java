package io.dcim.app.export;

import io.dcim.app.ProcurementServices;
import io.dcim.common.access.Caller;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.paging.PageRequest;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.AssetFilter;
import io.dcim.procurement.export.AssetRegisterWorkbook;
import io.dcim.procurement.export.DepreciationExport;
import io.dcim.procurement.export.PurchaseLineRow;
import io.dcim.procurement.export.PurchaseRegisterWorkbook;
import io.dcim.procurement.export.RegisterRow;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * A workbook finance asks for, with its parameters checked: the depreciation schedule, the
 * fixed-asset register or the purchase register. The export page runs one in the background;
 * the API streams it straight to the caller. The schedule is procurement's
 * {@link DepreciationExport} use case, the same the API and the console's download call, so
 * the caller is passed along to it.
 */
public sealed interface ExportReport extends Serializable {

    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What the export page and its job list call it, in the reader's language. */
    Message title();

    String fileName();

    /** Rows the workbook will have, at most: the progress bar's whole. */
    long estimatedRows(ProcurementServices procurement);

    /** Writes the workbook for {@code caller}, who may be refused; returns the rows written. */
    long write(ProcurementServices procurement, Caller caller, OutputStream out, LongConsumer progress) throws IOException;

    /**
     * The report's kind and parameters in one short line, kept with its job in the database so that any node can
     * name the job and its file after the node that wrote it is gone; {@link #decode} reads it back.
     */
    String encode();

    static ExportReport decode(String line) {
        String[] p = line.split(";", -1);
        return switch (p[0]) {
            case "SCHEDULE" -> new Schedule(YearMonth.parse(p[1]), YearMonth.parse(p[2]), id(p[3]), assetClass(p[4]));
            case "ASSET_REGISTER" -> new AssetRegister(LocalDate.parse(p[1]), id(p[2]), assetClass(p[3]));
            case "PURCHASE_REGISTER" -> new PurchaseRegister(date(p[1]), date(p[2]));
            default -> throw new IllegalArgumentException("not an export report: " + line);
        };
    }

    /** One row per asset per month from {@code from} to {@code to}, with the summary by month and class. */
    record Schedule(YearMonth from, YearMonth to, Long siteId, AssetClass assetClass) implements ExportReport {

        public Schedule {
            new DepreciationExport.Request(from, to, siteId, assetClass, null);
        }

        @Override
        public String encode() {
            return String.join(";", "SCHEDULE", from.toString(), to.toString(), text(siteId), text(assetClass));
        }

        /** The use case's request: procurement checks the months, the caller and writes the workbook. */
        DepreciationExport.Request request() {
            return new DepreciationExport.Request(from, to, siteId, assetClass, null);
        }

        @Override
        public Message title() {
            return Message.of("procurement.export.schedule", from, to, site(siteId),
                    classFilter(assetClass));
        }

        @Override
        public String fileName() {
            return request().fileName();
        }

        @Override
        public long estimatedRows(ProcurementServices procurement) {
            return assetCount(procurement, siteId, assetClass) * (ChronoUnit.MONTHS.between(from, to) + 1);
        }

        @Override
        public long write(ProcurementServices procurement, Caller caller, OutputStream out, LongConsumer progress)
                throws IOException {
            return procurement.depreciationExport().write(caller, request(), out, progress).detailRows();
        }
    }

    /** The assets on the books on {@code date}, with cost, accumulated depreciation and net book value that day. */
    record AssetRegister(LocalDate date, Long siteId, AssetClass assetClass) implements ExportReport {

        public AssetRegister {
            if (date == null) {
                throw new InvalidValueException("date", "is required (YYYY-MM-DD)");
            }
        }

        @Override
        public String encode() {
            return String.join(";", "ASSET_REGISTER", date.toString(), text(siteId), text(assetClass));
        }

        @Override
        public Message title() {
            return Message.of("procurement.export.assetRegister", date.toString(), site(siteId), classFilter(assetClass));
        }

        @Override
        public String fileName() {
            return "asset-register-" + date + ".xlsx";
        }

        @Override
        public long estimatedRows(ProcurementServices procurement) {
            return assetCount(procurement, siteId, assetClass);
        }

        @Override
        public long write(ProcurementServices procurement, Caller caller, OutputStream out, LongConsumer progress)
                throws IOException {
            try (Stream<RegisterRow> rows = procurement.assetQueries().registerRows(date,
                    new AssetFilter(siteId, assetClass, null, null))) {
                return new AssetRegisterWorkbook().write(date, rows, out, progress, caller.locale()).rows();
            }
        }
    }

    /** Every order line of the orders dated in the range (either end may be open). */
    record PurchaseRegister(LocalDate from, LocalDate to) implements ExportReport {

        public PurchaseRegister {
            if (from != null && to != null && to.isBefore(from)) {
                throw new InvalidValueException("to", "is before from (" + from + ")");
            }
        }

        @Override
        public String encode() {
            return String.join(";", "PURCHASE_REGISTER", text(from), text(to));
        }

        @Override
        public Message title() {
            return Message.of("procurement.export.purchaseRegister",
                    from == null ? Message.literal("") : Message.of("procurement.export.from", from),
                    to == null ? Message.literal("") : Message.of("procurement.export.to", to));
        }

        @Override
        public String fileName() {
            return "purchase-register" + (from == null ? "" : "-" + from) + (to == null ? "" : "-to-" + to) + ".xlsx";
        }

        @Override
        public long estimatedRows(ProcurementServices procurement) {
            return 1;
        }

        @Override
        public long write(ProcurementServices procurement, Caller caller, OutputStream out, LongConsumer progress)
                throws IOException {
            List<PurchaseLineRow> lines = procurement.orders().registerLines(from, to);
            return new PurchaseRegisterWorkbook().write(lines, out, progress, caller.locale()).lines();
        }
    }

    private static long assetCount(ProcurementServices procurement, Long siteId, AssetClass assetClass) {
        return procurement.assets().page(new AssetFilter(siteId, assetClass, null, null), PageRequest.first(1, "assetTag"))
                .total();
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof AssetClass c ? c.name() : value.toString();
    }

    private static Long id(String text) {
        return text.isEmpty() ? null : Long.valueOf(text);
    }

    private static AssetClass assetClass(String text) {
        return text.isEmpty() ? null : AssetClass.valueOf(text);
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    private static Message site(Long siteId) {
        return siteId == null ? Message.literal("") : Message.of("procurement.export.site", String.valueOf(siteId));
    }

    /** The class as finance reads it, from procurement's bundle ({@code procurement.AssetClass.SERVER}). */
    private static Message enumWord(Enum<?> value) {
        String key = "procurement." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return Message.of(key);
    }

    private static Message classFilter(AssetClass assetClass) {
        return assetClass == null ? Message.literal("")
                : Message.of("procurement.export.class", enumWord(assetClass));
    }
}
