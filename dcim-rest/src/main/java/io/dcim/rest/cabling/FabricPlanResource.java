package io.dcim.rest.cabling;

import io.dcim.app.Services;
import io.dcim.app.transfer.FabricWriteJob;
import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.Messages;
import io.dcim.inventory.fabric.FabricPlan;
import io.dcim.inventory.fabric.FabricSelection;
import io.dcim.inventory.fabric.FabricWriteReport;
import io.dcim.inventory.fabric.PlannedCable;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Checked;
import io.dcim.rest.Download;
import io.dcim.rest.ErrorBody;
import io.dcim.rest.RawBody;
import io.dcim.rest.Required;
import io.dcim.rest.Requires;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import io.dcim.inventory.fabric.FabricRequest;
import io.dcim.inventory.fabric.FabricSwitch;
import io.dcim.inventory.fabric.FabricTier;
import io.dcim.inventory.fabric.Placement;
import io.dcim.inventory.fabric.PortUse;
import io.dcim.inventory.fabric.Tiers;
import io.dcim.rest.WorkbookResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Sizes and costs a rail-optimised GPU fabric (nothing stored), lays it onto a site's devices as PLANNED
 * cables, and gives it to the installers as a workbook.
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "fabric", description = "GPU fabric plans: switches, cables, transceivers and their cost")
public class FabricPlanResource extends ApiResource {

    @Inject
    public FabricPlanResource(Services services) {
        super(services);
    }

    /** {@code POST /fabric-plans}: GPUs or servers (one of them), the switch by catalog model or by radix and speed. */
    public record FabricPlanBody(
            @Schema(description = "GPUs to connect; give this or servers") Integer gpus,
            @Schema(description = "servers to connect; give this or gpus") Integer servers,
            @NotNull Integer gpusPerServer, @NotNull Integer nicsPerServer,
            @Schema(description = "a catalog switch model: its fastest ports give radix and speed") Long switchModelId,
            @Schema(description = "ports per switch, when no switchModelId") Integer switchRadix,
            @Schema(description = "fabric port speed in Gb/s, when no switchModelId") Integer portSpeedGbps,
            @NotNull Tiers tiers,
            @Schema(description = "leaves' down:up as N:1; 1 (default) is non-blocking") Integer oversubscription,
            @Schema(description = "where servers and switches stand; a SuperPOD-like layout when absent")
            @Valid PlacementBody placement) {
    }

    public record PlacementBody(@NotNull Integer serversPerCabinet, @NotNull Integer cabinetsPerRow,
            @NotNull Boolean leavesInServerRows, @NotNull Integer switchesPerCabinet) {
    }

    /** Switches, ports and links by layer; cables by tier and length class; transceivers and cost. */
    public record FabricPlanView(int servers, int scalableUnits, int serversPerUnit, int pods, String switchModel,
            int switchRadix, int portSpeedGbps, Layer leaves, Layer spines, Layer superSpines, List<Tier> cables,
            long totalCables, long transceivers, Cost cost) {
    }

    public record Layer(int switches, long ports, long used, long spare) {
        static Layer of(PortUse use) {
            return new Layer(use.switches(), use.total(), use.used(), use.spare());
        }
    }

    /** One tier's links: DAC within a cabinet, AOC along a row, fibre with two optics beyond. */
    public record Tier(FabricTier tier, long dac, long aoc, long optics, long total) {
    }

    public record Cost(String currency, BigDecimal switches, BigDecimal dacs, BigDecimal aocs, BigDecimal fibres,
            BigDecimal transceivers, BigDecimal total) {
    }

    @POST
    @Path("fabric-plans")
    @Operation(summary = "Plan a rail-optimised two- or three-tier fabric: scalable units, switches, cables by tier"
            + " and length class, transceivers and cost at catalog prices", description = "Nothing is stored.")
    @ApiResponse(responseCode = "200", description = "the plan", useReturnTypeSchema = true)
    public FabricPlanView plan(@Valid @NotNull FabricPlanBody body) {
        Caller caller = caller();
        Sized sized = sized(caller, body);
        FabricPlan plan = services.cabling().fabric().plan(caller, sized.request());
        return view(plan, sized.switchModel());
    }

    /**
     * {@code POST /fabric-plans/cables} and {@code /fabric-plans/workbook}: a plan and the devices to lay it on
     * (all of a site's, or a room's, GPU servers and switches with ports of the plan's speed, in floor order,
     * optionally only those whose asset tag or name contains a text).
     */
    public record FabricLayoutBody(@NotNull @Valid FabricPlanBody plan,
            @Schema(description = "the devices to lay the plan on; the workbook names the plan's own when absent")
            @Valid DevicesBody devices,
            @Schema(description = "how many of the first cables to show (default 20, at most 1000)") Integer rows) {
    }

    public record DevicesBody(@NotNull Long siteId, Long roomId,
            @Schema(description = "only servers whose asset tag or name contains this") String serverMatch,
            @Schema(description = "only switches whose asset tag or name contains this") String switchMatch,
            @Schema(description = "cables are labelled <labelPrefix>-1, -2, …; default FAB") String labelPrefix) {
    }

    /** The plan laid on devices: what was (or would be) written, the first cables, and every refusal. */
    public record FabricCablesView(boolean written, long cables, int servers, int leaves, int spines, int superSpines,
            FabricPlanView plan, List<PlannedCable> firstRows, int refused, List<RefusedCable> refusals) {
    }

    /** A cable the cabling rules refuse: its label and ends, the field the rule names and why, in the caller's language. */
    public record RefusedCable(String label, String fromDevice, String fromPort, String toDevice, String toPort,
            String field, String message) {
    }

    @POST
    @Requires(Permission.CABLE_EDIT)
    @Path("fabric-plans/cables")
    @Operation(summary = "Write a plan as PLANNED cables onto a site's servers and switches, all or none",
            description = "Server NIC i goes to the rail-i leaf of its scalable unit, leaves to spines, spines to"
                    + " super-spines, each device's fabric ports (those of the plan's speed) in port order. Servers and"
                    + " switches are taken in floor order (room, cabinet, U): the first switches are the leaves, then"
                    + " the spines, then the super-spines. Every cable is checked by the cabling rules; when any is"
                    + " refused nothing is written and the answer is 422 listing them (the first 200, and their count)."
                    + " dryRun=true checks and previews without writing.")
    @ApiResponse(responseCode = "200", description = "written (or previewed, with dryRun)", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = "refused cables (detail), or a field of the request; nothing written",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response writeCables(@Parameter(description = "true: only check and preview") @QueryParam("dryRun")
            String dryRun, @Valid @NotNull FabricLayoutBody body) {
        Caller caller = caller();
        Layout layout = layout(caller, body);
        FabricWriteReport report = Checked.dryRun(dryRun)
                ? services.cabling().fabric().previewWrite(caller, layout.request(), layout.selection(), layout.rows())
                : services.cabling().fabric().writePlanned(caller, layout.request(), layout.selection(), layout.rows());
        FabricCablesView view = cablesView(caller, report, layout.switchModel());
        return Checked.answer(report.isValid(), view, report.refused() + " cable(s) refused; nothing was written",
                "devices");
    }

    /**
     * A plan being laid onto devices in the background: {@code LAYING} (choosing the devices and laying the cables),
     * {@code CHECKING} or {@code WRITING} with steps done out of the total (each cable checked, then each written),
     * then {@code FINISHED} with the same answer {@code POST /fabric-plans/cables} gives, or {@code REFUSED} with the
     * field at fault, or {@code FAILED}.
     */
    public record FabricJobView(String id, boolean write, FabricJobState state, int done, int total, int percent,
            @Schema(description = "when FINISHED: what was (or would be) written, and every refused cable")
            FabricCablesView result,
            @Schema(description = "when REFUSED or FAILED: why, and the field at fault when one is") ErrorBody error) {
    }

    /** Where a background fabric job is. */
    public enum FabricJobState { LAYING, CHECKING, WRITING, FINISHED, REFUSED, FAILED }

    @POST
    @Requires(Permission.CABLE_EDIT)
    @Path("fabric-plans/cables/jobs")
    @Operation(summary = "Lay a plan onto a site's servers and switches in the background, with progress",
            description = "The same work as POST /fabric-plans/cables (dryRun=true only checks and previews), queued:"
                    + " the answer (202) is the job, whose Location is polled with GET until it is FINISHED (its result"
                    + " says whether the cables were written, or lists the refused ones), REFUSED or FAILED. Jobs run"
                    + " one at a time with the imports' and are kept an hour after they end.")
    @ApiResponse(responseCode = "202", description = "queued", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = "a field of the request", content = @Content(schema =
            @Schema(implementation = ErrorBody.class)))
    public Response startCablesJob(@Parameter(description = "true: only check and preview") @QueryParam("dryRun")
            String dryRun, @Valid @NotNull FabricLayoutBody body) {
        Caller caller = caller();
        Layout layout = layout(caller, body);
        FabricWriteJob job = services.importJobs().startFabric(caller, layout.request(), layout.selection(),
                layout.rows(), !Checked.dryRun(dryRun), layout.switchModel());
        return Response.accepted(jobView(caller, job)).type(MediaType.APPLICATION_JSON_TYPE)
                .location(java.net.URI.create("fabric-plans/cables/jobs/" + job.id())).build();
    }

    @jakarta.ws.rs.GET
    @Requires(Permission.CABLE_EDIT)
    @Path("fabric-plans/cables/jobs/{id}")
    @Operation(summary = "Where a background fabric job is: steps done out of the total, then its result",
            description = "Only the user who started the job sees it.")
    @ApiResponse(responseCode = "200", description = "the job", useReturnTypeSchema = true)
    public FabricJobView cablesJob(@jakarta.ws.rs.PathParam("id") String id) {
        Caller caller = caller();
        FabricWriteJob job = services.importJobs().findFabric(id).filter(j -> j.owner().equals(caller.username()))
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
        return jobView(caller, job);
    }

    private FabricJobView jobView(Caller caller, FabricWriteJob job) {
        FabricJobState state;
        FabricCablesView result = null;
        ErrorBody error = null;
        if (!job.isDone()) {
            state = !job.laid() ? FabricJobState.LAYING
                    : job.write() && job.rowsDone() >= job.totalRows() / 2 ? FabricJobState.WRITING : FabricJobState.CHECKING;
        } else if (job.report() != null) {
            state = FabricJobState.FINISHED;
            result = cablesView(caller, job.report(), job.switchModel());
        } else if (job.refusal() != null) {
            state = FabricJobState.REFUSED;
            error = new ErrorBody(job.failure(), job.refusal().field(), null);
        } else {
            state = FabricJobState.FAILED;
            error = new ErrorBody(job.failure(), null, null);
        }
        return new FabricJobView(job.id(), job.write(), state, job.rowsDone(), job.totalRows(), job.percentDone(), result,
                error);
    }

    private static FabricCablesView cablesView(Caller caller, FabricWriteReport report, String switchModel) {
        return new FabricCablesView(report.written(), report.cables(), report.devices().servers().size(),
                report.devices().leaves().size(), report.devices().spines().size(), report.devices().superSpines().size(),
                view(report.plan(), switchModel), report.firstRows(), report.refused(), report.refusals().stream()
                        .map(r -> new RefusedCable(r.cable().label(), r.cable().fromDevice(), r.cable().fromPort(),
                                r.cable().toDevice(), r.cable().toPort(), r.field(), Messages.text(r.why(), caller.locale())))
                        .toList());
    }

    @POST
    @Path("fabric-plans/workbook")
    @Produces(RawBody.XLSX)
    @Operation(summary = "The plan as an XLSX for the installers: a row per cable and a summary with counts and cost",
            description = "Headed in the caller's language. With devices, the rows name the chosen devices and ports (as"
                    + " POST /fabric-plans/cables would write them); without, the plan's own names (server-001 nic1).")
    @WorkbookResponse
    public Response workbook(@Valid @NotNull FabricLayoutBody body) {
        Caller caller = caller();
        Sized sized = sized(caller, body.plan());
        FabricSelection selection = body.devices() == null ? null : selection(body.devices());
        var workbook = services.cabling().fabric().workbook(caller, sized.request(), selection, caller.locale());
        StreamingOutput out = workbook::write;
        return Download.xlsx(out, "fabric-plan-" + sized.request().serverCount() + "-servers.xlsx");
    }

    private record Sized(FabricRequest request, FabricSwitch model) {
        /** The catalog switch's model name; null for a plan sized by radix and speed. */
        String switchModel() {
            return model == null ? null : model.model();
        }
    }

    /** A plan and the devices to lay it on, read alike whether the cables are laid now or by a queued job. */
    private record Layout(FabricRequest request, String switchModel, FabricSelection selection, int rows) {
    }

    private Layout layout(Caller caller, FabricLayoutBody body) {
        Required.value("devices", body.devices());
        Sized sized = sized(caller, body.plan());
        FabricSelection selection = selection(body.devices());
        int rows = body.rows() == null ? 20 : Math.max(0, Math.min(1_000, body.rows()));
        return new Layout(sized.request(), sized.switchModel(), selection, rows);
    }

    private Sized sized(Caller caller, FabricPlanBody body) {
        FabricSwitch model = body.switchModelId() == null ? null
                : services.cabling().fabric().switchOf(caller, body.switchModelId(), "switchModelId");
        int radix = model != null ? model.radix() : Required.present("switchRadix", body.switchRadix());
        int speed = model != null ? model.portSpeedGbps() : Required.present("portSpeedGbps", body.portSpeedGbps());
        PlacementBody p = body.placement();
        Placement placement = p == null ? Placement.superPodLike()
                : new Placement(p.serversPerCabinet(), p.cabinetsPerRow(), p.leavesInServerRows(), p.switchesPerCabinet());
        return new Sized(new FabricRequest(body.gpus(), body.servers(), body.gpusPerServer(), body.nicsPerServer(),
                radix, speed, body.tiers(), body.oversubscription() == null ? 1 : body.oversubscription(), placement),
                model);
    }

    private static FabricSelection selection(DevicesBody d) {
        return new FabricSelection(d.siteId(), d.roomId(), d.serverMatch(), d.switchMatch(), d.labelPrefix());
    }

    private static FabricPlanView view(FabricPlan plan, String switchModel) {
        List<Tier> tiers = Arrays.stream(FabricTier.values()).map(plan::tier).filter(t -> t.total() > 0)
                .map(t -> new Tier(t.tier(), t.dac(), t.aoc(), t.optics(), t.total())).toList();
        var c = plan.cost();
        return new FabricPlanView(plan.servers(), plan.scalableUnits(), plan.serversPerUnit(), plan.pods(),
                switchModel, plan.request().switchRadix(), plan.request().portSpeedGbps(),
                Layer.of(plan.leaves()), Layer.of(plan.spines()), Layer.of(plan.superSpines()), tiers, plan.totalCables(),
                plan.transceivers(), new Cost(c.currency(), c.switches(), c.dacs(), c.aocs(), c.fibres(), c.transceivers(),
                        c.total()));
    }
}
