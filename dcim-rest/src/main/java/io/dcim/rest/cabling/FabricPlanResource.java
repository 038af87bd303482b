package io.dcim.rest.cabling;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.inventory.fabric.FabricPlan;
import io.dcim.inventory.fabric.FabricRequest;
import io.dcim.inventory.fabric.FabricSwitch;
import io.dcim.inventory.fabric.FabricTier;
import io.dcim.inventory.fabric.Placement;
import io.dcim.inventory.fabric.PortUse;
import io.dcim.inventory.fabric.Tiers;
import io.dcim.rest.ApiSecurity;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Sizes and costs a rail-optimised GPU fabric; nothing is stored. */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "fabric", description = "GPU fabric plans: switches, cables, transceivers and their cost")
public class FabricPlanResource {

    private final Services services;

    @Context
    private SecurityContext security;

    @Inject
    public FabricPlanResource(Services services) {
        this.services = services;
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
        Caller caller = ApiSecurity.caller(security);
        FabricSwitch model = body.switchModelId() == null ? null
                : services.cabling().fabric().switchOf(caller, body.switchModelId(), "switchModelId");
        int radix = model != null ? model.radix() : required("switchRadix", body.switchRadix());
        int speed = model != null ? model.portSpeedGbps() : required("portSpeedGbps", body.portSpeedGbps());
        PlacementBody p = body.placement();
        Placement placement = p == null ? Placement.superPodLike()
                : new Placement(p.serversPerCabinet(), p.cabinetsPerRow(), p.leavesInServerRows(), p.switchesPerCabinet());
        FabricRequest request = new FabricRequest(body.gpus(), body.servers(), body.gpusPerServer(), body.nicsPerServer(),
                radix, speed, body.tiers(), body.oversubscription() == null ? 1 : body.oversubscription(), placement);
        FabricPlan plan = services.cabling().fabric().plan(caller, request);
        List<Tier> tiers = Arrays.stream(FabricTier.values()).map(plan::tier).filter(t -> t.total() > 0)
                .map(t -> new Tier(t.tier(), t.dac(), t.aoc(), t.optics(), t.total())).toList();
        var c = plan.cost();
        return new FabricPlanView(plan.servers(), plan.scalableUnits(), plan.serversPerUnit(), plan.pods(),
                model == null ? null : model.model(), radix, speed, Layer.of(plan.leaves()), Layer.of(plan.spines()),
                Layer.of(plan.superSpines()), tiers, plan.totalCables(), plan.transceivers(),
                new Cost(c.currency(), c.switches(), c.dacs(), c.aocs(), c.fibres(), c.transceivers(), c.total()));
    }

    private static int required(String field, Integer value) {
        if (value == null) {
            throw new InvalidValueException(field, Message.of("common.field.required"));
        }
        return value;
    }
}
