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
import io.dcim.rest.ApiSecurity;
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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

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
public class PowerChainResource {

    private final Services services;

    @Context
    private SecurityContext security;

    @Inject
    public PowerChainResource(Services services) {
        this.services = services;
    }

    private Caller caller() {
        return ApiSecurity.caller(security);
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

    public record PlugBody(@NotNull Long deviceId, @NotNull Integer supplyIndex, @NotNull Long feedId) {
    }

    @POST
    @Requires(Permission.POWER_CONFIGURE)
    @Path("power-supplies")
    @Operation(summary = "Plug devices' supplies into feeds of their cabinets, all or none")
    public List<Saved> plug(@Valid @NotNull @NotEmpty List<@Valid @NotNull PlugBody> plugs) {
        return chain().plug(caller(), plugs.stream().map(p -> new Plug(p.deviceId(), p.supplyIndex(), p.feedId()))
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
}
