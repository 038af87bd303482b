package io.dcim.rest.collector;

import static io.dcim.rest.Required.version;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.power.remote.BufferState;
import io.dcim.power.remote.CollectorFacade;
import io.dcim.power.remote.CollectorHealth;
import io.dcim.power.remote.CollectorIdentity;
import io.dcim.power.remote.CollectorSpec;
import io.dcim.power.remote.CollectorTarget;
import io.dcim.power.remote.CollectorView;
import io.dcim.power.remote.CreatedCollector;
import io.dcim.power.remote.Heartbeat;
import io.dcim.power.remote.PushAnswer;
import io.dcim.power.remote.ReadingBatch;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Requires;
import io.dcim.rest.SentFields;
import io.dcim.rest.VersionRead;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * Remote site collectors. Admins (power.configure) add, change and remove them; the token is answered once, when
 * made. A collector calls {@code collectors/self/...} with its own token (collector.push, which no person's token
 * holds): its targets with their credentials, its batches of readings and poll outcomes (stored once: a replayed
 * batch answers {@code duplicate}), and a heartbeat with its buffer.
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "collectors", description = "remote site collectors: their health, and the calls they make with their own token")
public class CollectorResource extends ApiResource {

    @Inject
    public CollectorResource(Services services) {
        super(services);
    }

    private CollectorFacade collectors() {
        return services.power().collectorFacade();
    }

    /** The collector whose token the request carried (set by the authentication filter, never by the request). */
    private static CollectorIdentity self(ContainerRequestContext request) {
        Object self = request.getProperty("dcim.collector");
        if (!(self instanceof CollectorIdentity identity)) {
            throw new io.dcim.common.error.NotPermittedException(Permission.COLLECTOR_PUSH,
                    io.dcim.common.error.Message.of("common.access.denied", "?", Permission.COLLECTOR_PUSH.code()));
        }
        return identity;
    }

    // --- admins ---------------------------------------------------------------------------------------------

    @GET
    @Path("collectors")
    @Operation(summary = "Remote site collectors with their health: last contact, lag, buffer, dropped batches")
    public List<CollectorRecord> list() {
        return collectors().list(caller()).stream().map(CollectorRecord::of).toList();
    }

    @GET
    @Path("collectors/{id}")
    @Operation(summary = "One remote collector with its health")
    public CollectorRecord find(@PathParam("id") Long id) {
        return CollectorRecord.of(collectors().find(caller(), id));
    }

    @POST
    @Requires(Permission.POWER_CONFIGURE)
    @Path("collectors")
    @Operation(summary = "Add a remote site collector; its token is answered this once",
            description = "wholeSite: it polls every target of its site (also those added later); otherwise the"
                    + " targetIds chosen, of its site. The central nodes stop polling those targets at their next sweep.")
    @ApiResponse(responseCode = "201", description = "created", useReturnTypeSchema = true)
    public CreatedRecord create(@Valid @NotNull CollectorBody body) {
        return CreatedRecord.of(collectors().create(caller(), new CollectorSpec(body.name(), body.siteId(),
                Boolean.TRUE.equals(body.wholeSite()), body.targetIds())));
    }

    @PATCH
    @Requires(Permission.POWER_CONFIGURE)
    @Path("collectors/{id}")
    @Operation(summary = "Change a collector against the version read; only the fields sent change")
    public CollectorRecord edit(@PathParam("id") Long id, @Valid @NotNull CollectorBody body,
            @Context ContainerRequestContext request) {
        int version = version(body.version());
        SentFields sent = SentFields.of(request);
        CollectorView now = collectors().find(caller(), id);
        return CollectorRecord.of(collectors().edit(caller(), id, version, new CollectorSpec(
                sent.pick("name", body.name(), now.name()), sent.pick("siteId", body.siteId(), now.siteId()),
                sent.flag("wholeSite", body.wholeSite(), now.wholeSite()),
                sent.pick("targetIds", body.targetIds(), now.chosenTargetIds()))));
    }

    @DELETE
    @Requires(Permission.POWER_CONFIGURE)
    @Path("collectors/{id}")
    @Operation(summary = "Remove a collector: its token stops working, its targets go back to the central nodes")
    @ApiResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("id") Long id, @BeanParam VersionRead read) {
        collectors().delete(caller(), id, read.version());
    }

    @POST
    @Requires(Permission.POWER_CONFIGURE)
    @Path("collectors/{id}/token")
    @Operation(summary = "Give a collector a new token (answered this once); the old one stops working at once")
    public CreatedRecord newToken(@PathParam("id") Long id, @Valid @NotNull VersionBody body) {
        return CreatedRecord.of(collectors().newToken(caller(), id, version(body.version())));
    }

    // --- the collector itself -------------------------------------------------------------------------------

    @GET
    @Requires(Permission.COLLECTOR_PUSH)
    @Path("collectors/self/targets")
    @Operation(summary = "The targets the calling collector polls, with the credentials it needs",
            description = "Only with the collector's own token. The answer carries secrets: never log it.")
    public List<CollectorTarget> targets(@Context ContainerRequestContext request) {
        return collectors().targets(caller(), self(request));
    }

    @POST
    @Requires(Permission.COLLECTOR_PUSH)
    @Path("collectors/self/readings")
    @Operation(summary = "Push a batch of readings and poll outcomes, numbered in the collector's stream",
            description = "Stored in one transaction with its sequence; a batch whose sequence is stored already"
                    + " for the stream answers duplicate=true and adds nothing. Polls of targets outside the"
                    + " collector's site are not stored (pollsRefused).")
    public PushAnswer push(@Valid @NotNull ReadingBatch batch, @Context ContainerRequestContext request) {
        return collectors().push(caller(), self(request), batch);
    }

    @POST
    @Requires(Permission.COLLECTOR_PUSH)
    @Path("collectors/self/heartbeat")
    @Operation(summary = "Say the collector is alive, with its version and buffer")
    @ApiResponse(responseCode = "204", description = "noted")
    public void heartbeat(@Valid @NotNull Heartbeat beat, @Context ContainerRequestContext request) {
        collectors().heartbeat(caller(), self(request), beat);
    }

    // --- bodies ---------------------------------------------------------------------------------------------

    @Schema(description = "A collector: name, site, and the whole site or chosen targets; version for a change")
    public record CollectorBody(Integer version, String name, Long siteId, Boolean wholeSite, List<Long> targetIds) {
    }

    public record VersionBody(Integer version) {
    }

    @Schema(description = "A collector with its health; the token is never answered, only its first characters")
    public record CollectorRecord(long id, int version, String name, long siteId, String siteName, boolean wholeSite,
                                  List<Long> targetIds, int targets, String tokenPrefix, Instant createdAt,
                                  CollectorHealth health, Instant lastContactAt, Instant newestReadingAt,
                                  @Schema(description = "now minus the newest reading pushed; null before any")
                                  Long lagSeconds, BufferState buffer, String agentVersion, long lastSequence,
                                  long batchesReceived, long readingsReceived) {
        static CollectorRecord of(CollectorView v) {
            return new CollectorRecord(v.id(), v.version(), v.name(), v.siteId(), v.siteName(), v.wholeSite(),
                    v.chosenTargetIds(), v.targets(), v.tokenPrefix(), v.createdAt(), v.health(), v.lastContactAt(),
                    v.newestReadingAt(), v.lag() == null ? null : v.lag().toSeconds(),
                    new BufferState(v.bufferBatches(), v.bufferBytes(), v.droppedBatches()), v.agentVersion(),
                    v.lastSequence(), v.batchesReceived(), v.readingsReceived());
        }
    }

    @Schema(description = "A collector just made or given a new token: the token, answered this once")
    public record CreatedRecord(CollectorRecord collector, String token) {
        static CreatedRecord of(CreatedCollector c) {
            return new CreatedRecord(CollectorRecord.of(c.collector()), c.token());
        }
    }
}
