package io.dcim.rest.cabling;

import io.dcim.app.Services;
import io.dcim.app.transfer.Uploads;
import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.table.Table;
import io.dcim.common.table.TableWriter;
import io.dcim.inventory.cable.CableDetail;
import io.dcim.inventory.cable.CableFacade;
import io.dcim.inventory.cable.CableFilter;
import io.dcim.inventory.cable.CableStatus;
import io.dcim.inventory.cable.CableSummary;
import io.dcim.inventory.cable.CableType;
import io.dcim.inventory.cable.CableUpdate;
import io.dcim.inventory.cable.CablingReport;
import io.dcim.inventory.cable.IbNetDiscover;
import io.dcim.inventory.cable.NewCable;
import io.dcim.inventory.cable.PortSummary;
import io.dcim.inventory.cable.Trace;
import io.dcim.inventory.transfer.CableExportFacade;
import io.dcim.inventory.transfer.CableImportReport;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Checked;
import io.dcim.rest.DryRun;
import io.dcim.rest.Download;
import io.dcim.rest.ErrorBody;
import io.dcim.rest.ListPage;
import io.dcim.rest.Paging;
import io.dcim.rest.RawBody;
import io.dcim.rest.Requires;
import io.dcim.rest.SentFields;
import io.dcim.rest.TableFileResponse;
import io.dcim.rest.TableUpload;
import io.dcim.rest.VersionRead;
import io.dcim.rest.WorkbookResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * Connectivity over HTTP: a device's ports, cables (list, record, edit, remove), the trace from a
 * port, and the cable import. Every call goes through the cabling façade with the request's caller.
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "cabling", description = "ports, cables, traces and cable imports")
public class CablingResource extends ApiResource {

    @Inject
    public CablingResource(Services services) {
        super(services);
    }

    private CableFacade cables() {
        return services.cabling().cables();
    }

    @GET
    @Path("devices/{id}/ports")
    @Operation(summary = "A device's ports and what each is cabled to (the far end of lane 1 for a breakout)")
    public List<PortSummary> ports(@PathParam("id") Long id) {
        return cables().ports(caller(), id);
    }

    @GET
    @Path("cables")
    @Operation(summary = "Cables, filtered and paged", description = "room and device match either end; label is a"
            + " substring, in any case")
    public ListPage<CableSummary> list(@BeanParam CableQuery query, @BeanParam Paging paging) {
        return ListPage.of(cables().page(caller(), query.filter(), paging.request("label")));
    }

    @GET
    @Path("cables/export")
    @Produces({"text/csv", RawBody.XLSX})
    @Operation(summary = "The filtered cables as CSV or XLSX in the import's columns",
            description = "label, type, a_device, a_port, b_device, b_port (a breakout's ports joined by ;), length_m,"
                    + " colour, status; devices by asset tag. Edit it and post it back to POST /imports/cables.")
    @TableFileResponse
    public Response export(@BeanParam CableQuery query,
            @Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format) {
        return cableTable(query, format, "cables", CableExportFacade::write);
    }

    @GET
    @Path("cables/labels")
    @Produces({"text/csv", RawBody.XLSX})
    @Operation(summary = "Labels for the filtered cables, one row per label, for label printer software",
            description = "Columns label, end, line_1, line_2, type: a label for each end of each cable (a breakout's B"
                    + " ports each get one), line_1 this end and line_2 the far end as room/cabinet/U device port,"
                    + " shortened to 32 characters; merge it in Brady Workstation, P-touch Editor, ZebraDesigner or"
                    + " BarTender.")
    @TableFileResponse
    public Response labels(@BeanParam CableQuery query,
            @Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format) {
        return cableTable(query, format, "cable-labels", CableExportFacade::labels);
    }

    /** A sheet written of the filtered cables: the import's columns, or the labels. */
    @FunctionalInterface
    private interface CableSheet {
        long write(CableExportFacade exports, Caller caller, CableFilter filter, TableWriter out);
    }

    /** The filtered cables as a CSV or XLSX download, saved as {@code name-<today>}. */
    private Response cableTable(CableQuery query, String format, String name, CableSheet sheet) {
        CableFilter filter = query.filter();
        Caller caller = caller();
        CableExportFacade exports = services.cabling().exports();
        return Download.table(format, name, out -> sheet.write(exports, caller, filter, out));
    }

    /** {@code POST /cables}: from {@code aPortId} to one B port, or two or four for a breakout. */
    public record NewCableBody(String label, @NotNull CableType type, @NotNull Long aPortId,
            @NotEmpty List<@NotNull Long> bPortIds, BigDecimal lengthM, String colour,
            @Schema(description = "PLANNED (default) or INSTALLED") CableStatus status) {
    }

    @POST
    @Requires(Permission.CABLE_EDIT)
    @Path("cables")
    @Operation(summary = "Record a cable between free, compatible ports of one site")
    @ApiResponse(responseCode = "201", description = "recorded", useReturnTypeSchema = true)
    public CableDetail create(@Valid @NotNull NewCableBody body) {
        return cables().connect(caller(), new NewCable(body.label(), body.type(), body.aPortId(), body.bPortIds(),
                body.lengthM(), body.colour(), body.status() == null ? CableStatus.PLANNED : body.status()));
    }

    @GET
    @Path("cables/{id}")
    @Operation(summary = "One cable with all its ends")
    public CableDetail cable(@PathParam("id") Long id) {
        return cables().view(caller(), id);
    }

    /** {@code PATCH /cables/{id}}: only the fields present change; {@code null} clears length or colour. */
    public record CablePatch(@NotNull Integer version, String label, BigDecimal lengthM, String colour,
            @Schema(description = "forward only: PLANNED → INSTALLED → DECOMMISSIONED (which frees the ports)")
            CableStatus status) {
    }

    @PATCH
    @Requires(Permission.CABLE_EDIT)
    @Path("cables/{id}")
    @Operation(summary = "Relabel a cable and move its status at once, against the version read",
            description = "Only the fields present change; null clears length or colour. All of it or nothing.")
    public CableDetail patch(@PathParam("id") Long id, @Valid @NotNull CablePatch patch,
            @Context ContainerRequestContext request) {
        SentFields sent = SentFields.of(request);
        return cables().update(caller(), id, patch.version(), new CableUpdate(sent.change("label", patch.label()),
                sent.change("lengthM", patch.lengthM()), sent.change("colour", patch.colour()),
                sent.has("status") ? patch.status() : null));
    }

    @DELETE
    @Requires(Permission.CABLE_EDIT)
    @Path("cables/{id}")
    @Operation(summary = "Delete a cable recorded by mistake (PLANNED or DECOMMISSIONED; an INSTALLED one is"
            + " decommissioned with PATCH)")
    @ApiResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("id") Long id, @BeanParam VersionRead read) {
        cables().delete(caller(), id, read.version());
    }

    @GET
    @Path("ports/{id}/trace")
    @Operation(summary = "The path from a port through patch panels to the far end")
    public Trace trace(@PathParam("id") Long id) {
        return cables().trace(caller(), id);
    }

    @POST
    @Requires(Permission.CABLE_EDIT)
    @Path("imports/cables")
    @Consumes({"text/csv", RawBody.XLSX, "application/vnd.ms-excel", MediaType.APPLICATION_OCTET_STREAM,
            MediaType.APPLICATION_JSON})
    @Operation(summary = "Import cables from a CSV or XLSX file; all rows or none",
            description = "Columns: label, type, a_device, a_port, b_device, b_port (a breakout's ports separated by ;),"
                    + " length_m, colour, status (PLANNED when blank). Devices by asset tag, or by name when only one"
                    + " device has it. Needs inventory.import and cable.edit.")
    @TableUpload
    @ApiResponse(responseCode = "200", description = "imported (or checked, with dryRun)",
            content = @Content(schema = @Schema(implementation = CableImportReport.class)))
    @ApiResponse(responseCode = "422", description = "every problem in the file, by line and column; nothing was imported",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response importCables(@BeanParam DryRun dryRun, @Parameter(hidden = true) InputStream file) {
        Table table = RawBody.table(file);
        Caller caller = caller();
        CableImportReport report = dryRun.asked() ? services.cabling().imports().check(caller, table)
                : services.cabling().imports().apply(caller, table);
        return Checked.fileImport(report.isValid(), report, report.problems().size());
    }

    /** {@code GET /sites/{id}/cabling-check}: counts by outcome, every port not OK, and the switches that did not answer. */
    public record CablingCheckView(long siteId, int switchesRead, List<String> silentSwitches,
            java.util.Map<io.dcim.inventory.cable.CheckOutcome, Long> counts,
            List<io.dcim.inventory.cable.CheckFinding> findings) {
    }

    @GET
    @Path("sites/{id}/cabling-check")
    @Operation(summary = "The site's installed cabling against what its switches report over LLDP",
            description = "Port by port of each switch that answered: OK, MISSING (recorded, not seen), MISWIRED"
                    + " (expected X, seen Y) or UNEXPECTED (seen, not recorded), with counts. 409 when power"
                    + " monitoring (the SNMP poller) is not running.")
    public CablingCheckView cablingCheck(@PathParam("id") Long id) {
        services.sites().site(id);
        var result = services.power().lldpCheck().check(caller(), id);
        return new CablingCheckView(id, result.switchesRead(), result.silent(), result.report().counts(),
                result.report().findings());
    }

    @POST
    @Requires(Permission.CABLE_EDIT)
    @Path("sites/{id}/cabling-check")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Check the site's cabling against an InfiniBand fabric's ibnetdiscover output",
            description = "The body is the output of ibnetdiscover (infiniband-diags) for fabrics whose switches are not"
                    + " polled over SNMP: every switch in it reports its ports, compared with the recorded cabling like"
                    + " an LLDP read, kept as the site's last check (the console's page and the .xlsx work list show it)"
                    + " and, where power monitoring runs, raising and clearing the cabling alarms. Switch port [n] is"
                    + " switchPrefix + n; HCA <driver>_<i> of host H (node description \"H mlx5_<i>\") is H's port"
                    + " hcaPrefix + (i + hcaBase). Needs cable.edit.",
            requestBody = @RequestBody(required = true, description = "ibnetdiscover's output, as"
                    + " application/octet-stream", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = "string", format = "binary"))))
    @ApiResponse(responseCode = "422", description = "not ibnetdiscover output (field file)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public CablingCheckView cablingCheckFromIbNetDiscover(@PathParam("id") Long id,
            @Parameter(description = "switch ports are named this + the port number (default p)")
            @QueryParam("switchPrefix") String switchPrefix,
            @Parameter(description = "a host's HCA mlx5_<i> is its port named this + (i + hcaBase) (default ib)")
            @QueryParam("hcaPrefix") String hcaPrefix,
            @Parameter(description = "added to the HCA's index (default 1: mlx5_0 is ib1)") @QueryParam("hcaBase")
            Integer hcaBase, @Parameter(hidden = true) InputStream file) {
        services.sites().site(id);
        String text = new String(RawBody.read(file, Uploads.MAX_BYTES), java.nio.charset.StandardCharsets.UTF_8);
        IbNetDiscover.Naming naming = new IbNetDiscover.Naming(switchPrefix, hcaPrefix, hcaBase == null
                ? IbNetDiscover.Naming.DEFAULT.hcaBase() : hcaBase);
        Caller caller = caller();
        CablingReport report = services.recordIbNetDiscover(caller, id, text, naming);
        int switches = services.cabling().checks().last(caller, id).map(last -> last.devicesRead()).orElse(0);
        return new CablingCheckView(id, switches, List.of(), report.counts(), report.findings());
    }

    @GET
    @Path("sites/{id}/cabling-check.xlsx")
    @Produces(RawBody.XLSX)
    @Operation(summary = "The installers' work list of the site's last cabling check as XLSX",
            description = "One row per port to fix with what to do in words (re-patch cable L from X port p to Y port q;"
                    + " check a cable no link is seen on; trace an unrecorded link), sheet and heads in the request's"
                    + " language (Accept-Language). The last check is the one the scheduled LLDP check, the console or"
                    + " an ibnetdiscover upload recorded; before any, the sheet says there is nothing to fix.")
    @WorkbookResponse
    public Response cablingWorkList(@PathParam("id") Long id) {
        services.sites().site(id);
        Caller caller = caller();
        var checks = services.cabling().checks();
        checks.last(caller, id);
        return Download.xlsx(out -> checks.writeWorkList(caller, id, out), "cabling-work-list-site-" + id + ".xlsx");
    }
}
