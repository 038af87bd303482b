package io.dcim.rest.chain;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.power.chain.CabinetPower;
import io.dcim.power.chain.ChainFacade;
import io.dcim.power.chain.ChainSpecs.NewFeed;
import io.dcim.power.chain.ChainSpecs.NewPanel;
import io.dcim.power.chain.ChainSpecs.NewSource;
import io.dcim.power.chain.ChainSpecs.Plug;
import io.dcim.power.chain.ChainSpecs.Saved;
import io.dcim.power.chain.ElementKind;
import io.dcim.power.chain.FailoverResult;
import io.dcim.power.chain.FeedLoad;
import io.dcim.power.chain.SinglePoint;
import io.dcim.power.chain.SourceKind;
import io.dcim.power.endpoint.Feed;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import io.dcim.common.error.Message;
import io.dcim.common.table.Table;
import io.dcim.common.table.TableFormat;
import io.dcim.power.chain.ChainImportReport;
import io.dcim.power.chain.ChainSheet;
import io.dcim.power.chain.ChainViews.DeviceSupplies;
import io.dcim.power.chain.ChainViews.FeedView;
import io.dcim.power.chain.ChainViews.PanelView;
import io.dcim.power.chain.ChainViews.SourceView;
import io.dcim.rest.ApiException;
import io.dcim.rest.Checked;
import io.dcim.rest.DryRun;
import io.dcim.rest.Download;
import io.dcim.rest.ErrorBody;
import io.dcim.rest.RawBody;
import io.dcim.rest.VersionRead;
import io.dcim.rest.WorkbookResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * The power chain: recording sources, panels, feeds, how models are powered and where supplies plug in
 * ({@code power.configure}); per-feed loads against the derated breaker rating, stranded power, and the failover
 * answers ({@code read}), all through {@link ChainFacade}.
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "power chain", description = "sources, panels, feeds and supplies; feed loads, stranded power, failover")
public class PowerChainResource extends ApiResource {

    @Inject
    public PowerChainResource(Services services) {
        super(services);
    }

    private ChainFacade chain() {
        return services.power().chainFacade();
    }

    @Schema(name = "FailoverRequest", description = "the part of the chain that fails")
    public record FailoverRequest(@NotNull ElementKind kind, @NotNull Long id) {
    }

    @POST
    @Path("sites/{id}/failover")
    @Operation(summary = "What happens if a source, panel or feed fails: circuits over their derated rating (by how"
            + " much), devices that lose power, cabinets that lose redundancy")
    public FailoverResult failover(@PathParam("id") Long siteId, @Valid @NotNull FailoverRequest request) {
        return chain().failover(caller(), siteId, request.kind(), request.id());
    }

    @GET
    @Path("sites/{id}/single-points-of-failure")
    @Operation(summary = "Every source, panel and feed of the site failed in turn, in brief, from one load of the"
            + " chain")
    public List<SinglePoint> singlePointsOfFailure(@PathParam("id") Long siteId) {
        return chain().singlePointsOfFailure(caller(), siteId);
    }

    @GET
    @Path("sites/{id}/feeds")
    @Operation(summary = "Every feed of the site: its load against its derated breaker rating")
    public List<FeedLoad> siteFeeds(@PathParam("id") Long siteId) {
        return chain().siteFeeds(caller(), siteId);
    }

    @GET
    @Path("cabinets/{id}/feeds")
    @Operation(summary = "A cabinet's feeds: load against the derated breaker rating")
    public List<FeedLoad> cabinetFeeds(@PathParam("id") Long cabinetId) {
        return chain().cabinetFeeds(caller(), cabinetId);
    }

    @GET
    @Path("sites/{id}/stranded-power")
    @Operation(summary = "Per cabinet with feeds: contracted power against what its feeds deliver with redundancy"
            + " kept")
    public List<CabinetPower> strandedPower(@PathParam("id") Long siteId) {
        return chain().strandedPower(caller(), siteId);
    }

    public record SourceBody(@NotNull Long siteId, @NotBlank @Size(max = 120) String name, @NotNull SourceKind kind,
                             @NotNull @Positive Long capacityW) {
    }

    @POST
    @Requires(Permission.POWER_CONFIGURE)
    @Path("power-sources")
    @Operation(summary = "Add a power source (utility, UPS, generator) to a site")
    @ApiResponse(responseCode = "201", description = "added", useReturnTypeSchema = true)
    public Saved addSource(@Valid @NotNull SourceBody b) {
        return chain().addSource(caller(), new NewSource(b.siteId(), b.name(), b.kind(), b.capacityW()));
    }

    public record PanelBody(@NotNull Long sourceId, @NotBlank @Size(max = 120) String name,
                            @NotNull Integer phases, @NotNull Integer voltageV, @NotNull Integer ratingA) {
    }

    @POST
    @Requires(Permission.POWER_CONFIGURE)
    @Path("power-panels")
    @Operation(summary = "Add a panel fed by a source")
    @ApiResponse(responseCode = "201", description = "added", useReturnTypeSchema = true)
    public Saved addPanel(@Valid @NotNull PanelBody b) {
        return chain().addPanel(caller(), new NewPanel(b.sourceId(), b.name(), b.phases(), b.voltageV(), b.ratingA()));
    }

    public record FeedBody(@NotNull Long panelId, @NotNull Long cabinetId, @NotBlank @Size(max = 120) String name,
                           @NotNull Feed side, @NotNull Integer phases,
                           @Schema(description = "line to neutral single-phase, line to line three-phase")
                           @NotNull Integer voltageV, @NotNull Integer breakerRatingA,
                           @Schema(description = "the rack PDU (SNMP target) metering the feed") Long pduTargetId) {
    }

    @POST
    @Requires(Permission.POWER_CONFIGURE)
    @Path("power-feeds")
    @Operation(summary = "Add a feed from a panel to a cabinet (at most 6 a cabinet), with the PDU that meters it")
    @ApiResponse(responseCode = "201", description = "added", useReturnTypeSchema = true)
    public Saved addFeed(@Valid @NotNull FeedBody b) {
        return chain().addFeed(caller(), new NewFeed(b.panelId(), b.cabinetId(), b.name(), b.side(), b.phases(),
                b.voltageV(), b.breakerRatingA(), b.pduTargetId()));
    }

    public record SuppliesBody(@NotNull @Min(1) @Max(16) Integer supplies, @NotNull @Min(1) Integer needed) {
    }

    @PUT
    @Requires(Permission.POWER_CONFIGURE)
    @Path("device-models/{id}/power-supplies")
    @Operation(summary = "How many supplies a model has and how many it needs (4+4: 8 and 4; N+1: N+1 and N)")
    public Saved setSupplies(@PathParam("id") Long modelId, @Valid @NotNull SuppliesBody b) {
        return chain().setSupplies(caller(), modelId, b.supplies(), b.needed());
    }

    /** {@code outlet}: the outlet of the feed's PDU, whose metered power is then the supply's load; optional. */
    public record PlugBody(@NotNull Long deviceId, @NotNull Integer supplyIndex, @NotNull Long feedId,
                           @Min(1) @Max(96) Integer outlet) {
    }

    @POST
    @Requires(Permission.POWER_CONFIGURE)
    @Path("power-supplies")
    @Operation(summary = "Plug devices' supplies into feeds of their cabinets (and outlets of their PDUs), all or none")
    public List<Saved> plug(@Valid @NotNull @NotEmpty List<@Valid @NotNull PlugBody> plugs) {
        return chain().plug(caller(), plugs.stream().map(p -> new Plug(p.deviceId(), p.supplyIndex(), p.feedId(),
                p.outlet()))
                .toList());
    }

    public record DeratingBody(@NotNull @Min(50) @Max(100) Integer deratePct) {
    }

    @PUT
    @Requires(Permission.POWER_CONFIGURE)
    @Path("sites/{id}/power-derating")
    @Operation(summary = "The share of a breaker's rating the site's continuous loads are held to (80 % unless set)")
    public Saved setDerating(@PathParam("id") Long siteId, @Valid @NotNull DeratingBody b) {
        return chain().setDerate(caller(), siteId, b.deratePct());
    }

    @GET
    @Path("power-sources/{id}")
    @Operation(summary = "One power source with its version")
    public SourceView source(@PathParam("id") Long id) {
        return chain().source(caller(), id);
    }

    @GET
    @Path("sites/{id}/power-sources")
    @Operation(summary = "The site's power sources, by name")
    public List<SourceView> sources(@PathParam("id") Long siteId) {
        return chain().sources(caller(), siteId);
    }

    public record SourceEdit(@NotNull Integer version, @NotBlank @Size(max = 120) String name,
                             @NotNull SourceKind kind, @NotNull @Positive Long capacityW) {
    }

    @PATCH
    @Requires(Permission.POWER_CONFIGURE)
    @Path("power-sources/{id}")
    @Operation(summary = "Replace a source's name, kind and capacity, against the version read (409 if stale)")
    public Saved editSource(@PathParam("id") Long id, @Valid @NotNull SourceEdit b) {
        return chain().editSource(caller(), id, b.version(), new NewSource(0, b.name(), b.kind(), b.capacityW()));
    }

    @DELETE
    @Requires(Permission.POWER_CONFIGURE)
    @Path("power-sources/{id}")
    @Operation(summary = "Remove a source; 409 while panels hang off it")
    @ApiResponse(responseCode = "204", description = "removed")
    public void removeSource(@PathParam("id") Long id, @BeanParam VersionRead read) {
        chain().removeSource(caller(), id, read.version());
    }

    @GET
    @Path("power-panels/{id}")
    @Operation(summary = "One panel with its source and version")
    public PanelView panel(@PathParam("id") Long id) {
        return chain().panel(caller(), id);
    }

    @GET
    @Path("sites/{id}/power-panels")
    @Operation(summary = "The site's panels, by source and name")
    public List<PanelView> panels(@PathParam("id") Long siteId) {
        return chain().panels(caller(), siteId);
    }

    public record PanelEdit(@NotNull Integer version, @NotNull Long sourceId, @NotBlank @Size(max = 120) String name,
                            @NotNull Integer phases, @NotNull Integer voltageV, @NotNull Integer ratingA) {
    }

    @PATCH
    @Requires(Permission.POWER_CONFIGURE)
    @Path("power-panels/{id}")
    @Operation(summary = "Replace a panel (its source may be another of the site), against the version read")
    public Saved editPanel(@PathParam("id") Long id, @Valid @NotNull PanelEdit b) {
        return chain().editPanel(caller(), id, b.version(), new NewPanel(b.sourceId(), b.name(), b.phases(),
                b.voltageV(), b.ratingA()));
    }

    @DELETE
    @Requires(Permission.POWER_CONFIGURE)
    @Path("power-panels/{id}")
    @Operation(summary = "Remove a panel; 409 while circuits leave it")
    @ApiResponse(responseCode = "204", description = "removed")
    public void removePanel(@PathParam("id") Long id, @BeanParam VersionRead read) {
        chain().removePanel(caller(), id, read.version());
    }

    @GET
    @Path("power-feeds/{id}")
    @Operation(summary = "One feed with its panel, source, cabinet, PDU and version")
    public FeedView feed(@PathParam("id") Long id) {
        return chain().feed(caller(), id);
    }

    public record FeedEdit(@NotNull Integer version, @NotNull Long panelId, @NotNull Long cabinetId,
                           @NotBlank @Size(max = 120) String name, @NotNull Feed side, @NotNull Integer phases,
                           @NotNull Integer voltageV, @NotNull Integer breakerRatingA, Long pduTargetId) {
    }

    @PATCH
    @Requires(Permission.POWER_CONFIGURE)
    @Path("power-feeds/{id}")
    @Operation(summary = "Replace a feed, against the version read; a move to another cabinet is 409 while"
            + " supplies are plugged into it")
    public Saved editFeed(@PathParam("id") Long id, @Valid @NotNull FeedEdit b) {
        return chain().editFeed(caller(), id, b.version(), new NewFeed(b.panelId(), b.cabinetId(), b.name(), b.side(),
                b.phases(), b.voltageV(), b.breakerRatingA(), b.pduTargetId()));
    }

    @DELETE
    @Requires(Permission.POWER_CONFIGURE)
    @Path("power-feeds/{id}")
    @Operation(summary = "Remove a feed; 409 while supplies are plugged into it")
    @ApiResponse(responseCode = "204", description = "removed")
    public void removeFeed(@PathParam("id") Long id, @BeanParam VersionRead read) {
        chain().removeFeed(caller(), id, read.version());
    }

    @GET
    @Path("devices/{id}/power-supplies")
    @Operation(summary = "A device's supplies, the feed each is plugged into, and its cabinet's feeds")
    public DeviceSupplies deviceSupplies(@PathParam("id") Long deviceId) {
        return chain().deviceSupplies(caller(), deviceId);
    }

    @DELETE
    @Requires(Permission.POWER_CONFIGURE)
    @Path("devices/{id}/power-supplies/{index}")
    @Operation(summary = "Unplug one supply of a device")
    @ApiResponse(responseCode = "204", description = "unplugged (or was not plugged in)")
    public void unplug(@PathParam("id") Long deviceId, @PathParam("index") Integer index) {
        chain().unplug(caller(), deviceId, index);
    }

    @GET
    @Path("sites/{id}/power-chain.xlsx")
    @Produces(RawBody.XLSX)
    @Operation(summary = "The site's circuit schedule (a row per feed with its panel and source) or its supply"
            + " connections (a row per plugged supply) in the import's columns, headed in the Accept-Language")
    @WorkbookResponse
    public Response exportXlsx(@PathParam("id") Long siteId,
            @Parameter(description = "circuits (default) or supplies") @QueryParam("sheet") String sheet) {
        return export(siteId, sheet, TableFormat.XLSX);
    }

    @GET
    @Path("sites/{id}/power-chain.csv")
    @Produces("text/csv")
    @Operation(summary = "The same as power-chain.xlsx, as CSV (UTF-8)")
    @ApiResponse(responseCode = "200", description = "the file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    public Response exportCsv(@PathParam("id") Long siteId,
            @Parameter(description = "circuits (default) or supplies") @QueryParam("sheet") String sheet) {
        return export(siteId, sheet, TableFormat.CSV);
    }

    private Response export(Long siteId, String sheetName, TableFormat format) {
        ChainSheet sheet = sheet(sheetName);
        Caller caller = caller();
        chain().sources(caller, siteId); // an unknown site answers 404 before the download starts
        return Download.table(format, "power-" + sheet.name().toLowerCase(Locale.ROOT) + "-site-" + siteId,
                writer -> chain().export(caller, siteId, sheet, caller.locale(), writer));
    }

    @POST
    @Requires(Permission.POWER_CONFIGURE)
    @Path("sites/{id}/power-chain/import")
    @Consumes({"text/csv", RawBody.XLSX, "application/vnd.ms-excel", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import the circuit schedule or the supply connections (CSV or XLSX, heads in English or"
            + " Chinese); all rows or none",
            description = "circuits: source, source_kind, source_capacity_w, panel, panel_phases, panel_voltage_v,"
                    + " panel_rating_a, feed, room, cabinet, side, phases, voltage_v, breaker_a, pdu. Parts are found"
                    + " by name (a source in the site, a panel under its source, a feed under its panel): missing"
                    + " ones are added, others changed to what the row says; nothing is removed. supplies: room,"
                    + " cabinet (both read for people only), device (asset tag or name), supply, feed (a circuit of"
                    + " the device's cabinet).",
            requestBody = @RequestBody(required = true, description = "the file itself", content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = RawBody.XLSX, schema = @Schema(type = "string", format = "binary"))}))
    @ApiResponse(responseCode = "200", description = "imported (or checked, with dryRun)",
            content = @Content(schema = @Schema(implementation = ChainImportReport.class)))
    @ApiResponse(responseCode = "422", description = "every refused row by line and column; nothing was imported",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response importChain(@PathParam("id") Long siteId,
            @Parameter(description = "circuits (default) or supplies") @QueryParam("sheet") String sheet,
            @BeanParam DryRun dryRun, @Parameter(hidden = true) InputStream file) {
        ChainSheet chosen = sheet(sheet);
        Table table = RawBody.table(file);
        ChainImportReport report = dryRun.asked()
                ? chain().checkImport(caller(), siteId, chosen, table)
                : chain().applyImport(caller(), siteId, chosen, table);
        return Checked.fileImport(report.isValid(), report, report.problems().size());
    }

    private static ChainSheet sheet(String name) {
        if (name == null || name.isBlank() || "circuits".equalsIgnoreCase(name)) {
            return ChainSheet.CIRCUITS;
        }
        if ("supplies".equalsIgnoreCase(name)) {
            return ChainSheet.SUPPLIES;
        }
        throw ApiException.badRequest("sheet", Message.of("inventory.transfer.notOneOf", name, "[circuits, supplies]"));
    }
}
