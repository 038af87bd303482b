package io.dcim.console.purchase;

import org.apache.wicket.injection.Injector;
import io.dcim.app.Services;
import jakarta.inject.Inject;
import io.dcim.common.access.Permission;
import io.dcim.common.error.InvalidValueException;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.AssetFilter;
import io.dcim.procurement.export.DepreciationWorkbook;
import io.dcim.procurement.export.DetailRow;
import io.dcim.app.ProcurementServices;
import io.dcim.console.auth.DcimSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.ContentDisposition;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;

/** The depreciation schedule workbook streamed to analysts and managers signed in to the console. */
public final class DepreciationExportResource extends AbstractResource {

    @Inject
    private Services services;

    /** Resources are not components: they ask for their services themselves. */
    public DepreciationExportResource() {
        Injector.get().inject(this);
    }

    public static final ResourceReference REFERENCE = new ResourceReference(DepreciationExportResource.class, "schedule") {
        @Override
        public IResource getResource() {
            return new DepreciationExportResource();
        }
    };

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        ResourceResponse response = new ResourceResponse();
        DcimSession session = DcimSession.get();
        if (!session.may(Permission.EXPORT_DEPRECIATION)) {
            return response.setError(403, "the depreciation schedule needs the analyst or manager role");
        }
        PageParameters parameters = attributes.getParameters();
        YearMonth from;
        YearMonth to;
        AssetFilter filter;
        try {
            from = month(parameters, "from");
            to = month(parameters, "to");
            if (to.isBefore(from)) {
                throw new InvalidValueException("to", "is before from (" + from + ")");
            }
            String assetClass = parameters.get("class").toOptionalString();
            filter = new AssetFilter(parameters.get("site").toOptionalLong(),
                    assetClass == null || assetClass.isBlank() ? null : AssetClass.valueOf(assetClass.toUpperCase(Locale.ROOT)),
                    null, null);
        } catch (InvalidValueException | IllegalArgumentException e) {
            return response.setError(400, e.getMessage());
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        response.setFileName("depreciation-" + from + "-to-" + to + ".xlsx");
        response.disableCaching();
        ProcurementServices procurement = services.procurement();
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes attributes) {
                try (Stream<DetailRow> rows = procurement.assetQueries().detailRows(from, to, filter)) {
                    new DepreciationWorkbook().write(rows, attributes.getResponse().getOutputStream(), written -> { });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return response;
    }

    private static YearMonth month(PageParameters parameters, String field) {
        String value = parameters.get(field).toOptionalString();
        try {
            return YearMonth.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "'" + value + "' is not a month; use YYYY-MM");
        }
    }
}
