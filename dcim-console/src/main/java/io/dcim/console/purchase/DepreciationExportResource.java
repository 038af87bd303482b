package io.dcim.console.purchase;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.wiring.Attachment;
import io.dcim.console.wiring.SignedInResource;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.export.DepreciationExport;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.ResourceReference;

/** The depreciation schedule workbook streamed to analysts and managers signed in to the console. */
public final class DepreciationExportResource extends SignedInResource {

    public static final ResourceReference REFERENCE =
            reference(DepreciationExportResource.class, "schedule", DepreciationExportResource::new);

    public DepreciationExportResource() {
        super(403, "sign in first");
    }

    @Override
    protected ResourceResponse respond(DcimSession session, Attributes attributes, ResourceResponse response) {
        PageParameters parameters = attributes.getParameters();
        DepreciationExport.Prepared workbook;
        try {
            String assetClass = parameters.get("class").toOptionalString();
            DepreciationExport.Request request = new DepreciationExport.Request(month(parameters, "from"),
                    month(parameters, "to"), parameters.get("site").toOptionalLong(),
                    assetClass == null || assetClass.isBlank() ? null : AssetClass.valueOf(assetClass.toUpperCase(Locale.ROOT)),
                    null);
            // Procurement decides, before anything is sent: headers cannot be taken back once the rows stream.
            workbook = services().procurement().depreciationExport().prepare(session.caller(), request);
        } catch (NotPermittedException e) {
            return response.setError(403, e.getMessage());
        } catch (InvalidValueException | IllegalArgumentException e) {
            return response.setError(400, e.getMessage());
        }
        return Attachment.of(Attachment.XLSX, workbook.fileName(), out -> workbook.write(out, written -> { }));
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
