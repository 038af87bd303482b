package io.dcim.rest.transfer;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.table.Table;
import io.dcim.inventory.transfer.ImportReport;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Checked;
import io.dcim.rest.DryRun;
import io.dcim.rest.ErrorBody;
import io.dcim.rest.RawBody;
import io.dcim.rest.Requires;
import io.dcim.rest.TableUpload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * Spreadsheet imports over the API: the body is the CSV or XLSX file itself. A file with any
 * failing row answers 422 with every problem and writes nothing; {@code ?dryRun=true} only checks.
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "imports", description = "device imports from CSV or XLSX")
public class TransferResource extends ApiResource {

    @Inject
    public TransferResource(Services services) {
        super(services);
    }

    @POST
    @Requires(Permission.INVENTORY_IMPORT)
    @Path("imports/devices")
    @Consumes({"text/csv", RawBody.XLSX, "application/vnd.ms-excel", MediaType.APPLICATION_OCTET_STREAM,
            MediaType.APPLICATION_JSON})
    @Operation(summary = "Import devices from a CSV or XLSX file; all rows or none")
    @TableUpload
    @ApiResponse(responseCode = "200", description = "imported (or checked, with dryRun)",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @ApiResponse(responseCode = "422", description = "every problem in the file; nothing was imported",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response importDevices(@BeanParam DryRun dryRun, @Parameter(hidden = true) InputStream file) {
        Table table = RawBody.table(file);
        Caller caller = caller();
        ImportReport report = dryRun.asked() ? services.deviceImportFacade().check(caller, table, done -> { })
                : services.deviceImportFacade().apply(caller, table, done -> { });
        return Checked.fileImport(report.isValid(), report, report.problems().size());
    }
}
