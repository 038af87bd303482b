package io.dcim.procurement.export;

import static io.dcim.common.access.Permission.EXPORT_DEPRECIATION;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.AssetFilter;
import io.dcim.procurement.asset.AssetQueries;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * The depreciation schedule workbook as one use case, whoever asks: the API streams it to the
 * caller, the console's download streams it to the browser, the export page's background job
 * writes it to a file. It needs {@code export.depreciation}. The check comes first, in
 * {@link #prepare}, so that a door that must answer before it streams (headers sent, then the
 * body) learns of a refusal while it still can; the rows are read and written only by
 * {@link Prepared#write}, streaming (SXSSF), whatever the number of assets.
 */
public final class DepreciationExport {

    private final AssetQueries assets;

    public DepreciationExport(AssetQueries assets) {
        this.assets = assets;
    }

    /** Which months and assets: {@code from} to {@code to} inclusive, optionally one site, class or cost centre. */
    public record Request(YearMonth from, YearMonth to, Long siteId, AssetClass assetClass,
                          String costCentre) implements Serializable {

        public Request {
            if (from == null || to == null) {
                throw new InvalidValueException(from == null ? "from" : "to", Message.of("procurement.export.monthRequired"));
            }
            if (to.isBefore(from)) {
                throw new InvalidValueException("to", Message.of("procurement.export.toBeforeFrom", from));
            }
        }

        /** {@code depreciation-2025-01-to-2025-12.xlsx}. */
        public String fileName() {
            return "depreciation-" + from + "-to-" + to + ".xlsx";
        }

        AssetFilter filter() {
            return new AssetFilter(siteId, assetClass, costCentre, null);
        }
    }

    /** A schedule the caller may have, not written yet. */
    public final class Prepared {

        private final Request request;
        /** The language the caller reads: the workbook's sheet names and column heads are in it. */
        private final java.util.Locale locale;

        private Prepared(Request request, java.util.Locale locale) {
            this.request = request;
            this.locale = locale;
        }

        public String fileName() {
            return request.fileName();
        }

        /** Streams the workbook to {@code out}, telling {@code progress} the detail rows written so far. */
        public ExportResult write(OutputStream out, LongConsumer progress) throws IOException {
            try (Stream<DetailRow> rows = assets.detailRows(request.from(), request.to(), request.filter())) {
                return new DepreciationWorkbook().write(rows, out, progress, locale);
            }
        }
    }

    /** Checks that the caller may export the schedule; refused with the missing permission otherwise. */
    public Prepared prepare(Caller caller, Request request) {
        return UseCase.call(caller, EXPORT_DEPRECIATION, () -> new Prepared(request, caller.locale()));
    }

    /** {@link #prepare} and {@link Prepared#write} at once, for callers that stream straight away. */
    public ExportResult write(Caller caller, Request request, OutputStream out, LongConsumer progress) throws IOException {
        return prepare(caller, request).write(out, progress);
    }
}
