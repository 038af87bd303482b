package io.dcim.rest.power;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.error.Message;
import io.dcim.common.text.MultiLine;
import io.dcim.power.PowerModule;
import io.dcim.power.alarm.AlarmFilter;
import io.dcim.power.alarm.AlarmKind;
import io.dcim.power.alarm.AlarmState;
import io.dcim.power.alarm.AlarmView;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.RedfishTargetSpec;
import io.dcim.power.endpoint.RedfishTargetView;
import io.dcim.power.endpoint.TargetCredentials;
import io.dcim.power.endpoint.TargetFilter;
import io.dcim.power.endpoint.TargetRole;
import io.dcim.power.endpoint.TargetSpec;
import io.dcim.power.endpoint.TargetView;
import io.dcim.power.load.CabinetLoad;
import io.dcim.power.load.SiteLoad;
import io.dcim.power.reading.PollStatus;
import io.dcim.power.reading.SeriesPoint;
import io.dcim.power.secret.Secret;
import io.dcim.power.server.ServerPower;
import io.dcim.power.snmp.AuthProtocol;
import io.dcim.power.snmp.PrivProtocol;
import io.dcim.power.snmp.SnmpVersion;
import io.dcim.rest.ApiException;
import io.dcim.rest.ApiResource;
import io.dcim.rest.ListPage;
import io.dcim.rest.Paging;
import io.dcim.rest.Required;
import io.dcim.rest.Requires;
import io.dcim.rest.SentFields;
import io.dcim.rest.VersionRead;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Power and cooling: a cabinet's and a site's live load and PUE, reading series, SNMP targets
 * (credentials write-only: accepted, never answered) with their poll status, and alarms. Changes go through
 * power's façades, which decide with the request's caller; {@code @Requires} refuses before the body is read.
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "power", description = "live load and PUE, readings, SNMP targets, Redfish endpoints (servers' and GPUs'"
        + " power) and alarms")
public class PowerResource extends ApiResource {

    private static final Duration DEFAULT_SPAN = Duration.ofHours(24);

    @Inject
    public PowerResource(Services services) {
        super(services);
    }

    private PowerModule power() {
        return services.power();
    }

    @GET
    @Path("cabinets/{id}/power")
    @Operation(summary = "A cabinet's measured draw against its contract, phases and inlet temperature")
    public CabinetLoad cabinetPower(@PathParam("id") Long id) {
        return power().loads().cabinet(id);
    }

    @GET
    @Path("sites/{id}/power")
    @Operation(summary = "A site's IT and facility load and its PUE")
    public SiteLoad sitePower(@PathParam("id") Long id) {
        return power().loads().site(id);
    }

    /** {@code target}, {@code metric}, {@code from}/{@code to} (ISO instants, default the last 24 h), {@code step} (seconds). */
    @GET
    @Path("readings")
    @Operation(summary = "A target's readings of one metric, as min/avg/max per step")
    public List<SeriesPoint> readings(@Parameter(required = true) @QueryParam("target") Long target,
            @Parameter(required = true, example = "pdu.power.w") @QueryParam("metric") String metric,
            @Parameter(description = "default: 24 hours before to") @QueryParam("from") Instant from,
            @Parameter(description = "default: now") @QueryParam("to") Instant to,
            @Parameter(description = "seconds, default 300") @QueryParam("step") Long step) {
        Required.value("target", target);
        if (metric == null) {
            throw ApiException.badRequest("metric", Message.of("rest.required.metric"));
        }
        Instant until = to == null ? Instant.now() : to;
        Instant since = from == null ? until.minus(DEFAULT_SPAN) : from;
        return power().readings().series(target, metric, since, until, Duration.ofSeconds(step == null ? 300 : step));
    }

    @GET
    @Path("snmp-targets")
    @Operation(summary = "SNMP targets, filtered and paged (credentials are never answered)")
    public ListPage<TargetView> targets(@QueryParam("site") Long site, @QueryParam("cabinet") Long cabinet,
            @QueryParam("role") TargetRole role, @QueryParam("q") String q, @BeanParam Paging paging) {
        return ListPage.of(power().targets().list(new TargetFilter(site, cabinet, role, null, q), paging.request("name")));
    }

    @GET
    @Path("snmp-targets/{id}")
    @Operation(summary = "One SNMP target")
    public TargetView target(@PathParam("id") Long id) {
        return power().targets().find(id);
    }

    /**
     * {@code POST /snmp-targets} and {@code PATCH /snmp-targets/{id}} (the whole target, with the
     * version read): v1/v2c take {@code community}, v3 {@code user} and its protocols and passphrases.
     */
    public record TargetBody(Integer version, String name, String host, Integer port, SnmpVersion snmpVersion,
            String community, String user, AuthProtocol authProtocol, String authPassphrase, PrivProtocol privProtocol,
            String privPassphrase, String contextName, String profileId, Integer intervalSeconds, Integer timeoutMs,
            Integer retries, Boolean enabled, Long siteId, Long roomId, Long cabinetId, TargetRole role, Feed feed,
            Integer breakerRatingA) {
    }

    @POST
    @Requires(Permission.POWER_CONFIGURE)
    @Path("snmp-targets")
    @Operation(summary = "Add an SNMP target")
    @ApiResponse(responseCode = "201", description = "added", useReturnTypeSchema = true)
    public TargetView createTarget(@Valid @NotNull TargetBody body, @Context ContainerRequestContext request) {
        return power().endpointFacade().create(caller(), spec(SentFields.of(request), body));
    }

    @PATCH
    @Requires(Permission.POWER_CONFIGURE)
    @Path("snmp-targets/{id}")
    @Operation(summary = "Replace an SNMP target, against the version read; absent credentials are kept")
    public TargetView editTarget(@PathParam("id") Long id, @Valid @NotNull TargetBody body,
            @Context ContainerRequestContext request) {
        return power().endpointFacade().update(caller(), id, Required.version(body.version()),
                spec(SentFields.of(request), body));
    }

    @DELETE
    @Requires(Permission.POWER_CONFIGURE)
    @Path("snmp-targets/{id}")
    @Operation(summary = "Remove an SNMP target")
    @ApiResponse(responseCode = "204", description = "removed")
    public void deleteTarget(@PathParam("id") Long id, @BeanParam VersionRead read) {
        power().endpointFacade().delete(caller(), id, read.version());
    }

    @GET
    @Path("snmp-targets/{id}/status")
    @Operation(summary = "The outcome of a target's last poll (NOT_POLLED_YET before the first)")
    @ApiResponse(responseCode = "200", description = "the last poll",
            content = @Content(schema = @Schema(implementation = PollStatus.class)))
    public Object targetStatus(@PathParam("id") Long id) {
        power().targets().find(id);
        return lastPoll(id);
    }

    @GET
    @Path("devices/{id}/power")
    @Operation(summary = "A server's and each of its GPUs' latest draw as its BMC reports it over Redfish, with when"
            + " (W, ISO-8601 UTC); no figures when the device has no Redfish endpoint")
    public ServerPower devicePower(@PathParam("id") Long id) {
        return power().serverPower().of(id);
    }

    @GET
    @Path("redfish-targets")
    @Operation(summary = "Servers' BMCs polled over Redfish, filtered and paged (the password is never answered)")
    public ListPage<RedfishTargetView> redfishTargets(@QueryParam("site") Long site, @QueryParam("device") Long device,
            @BeanParam Paging paging) {
        return ListPage.of(power().redfishTargets().list(site, device, paging.request("name")));
    }

    @GET
    @Path("redfish-targets/{id}")
    @Operation(summary = "One Redfish endpoint")
    public RedfishTargetView redfishTarget(@PathParam("id") Long id) {
        return power().redfishTargets().find(id);
    }

    /**
     * {@code POST /redfish-targets} and {@code PATCH /redfish-targets/{id}} (the whole endpoint, with the version
     * read): {@code tls} defaults to true (HTTPS, port 443), {@code trustSelfSigned} to false (the certificate is
     * verified); {@code password} is required to add, absent on edit keeps the stored one.
     */
    public record RedfishBody(Integer version, String name, String host, Integer port, Boolean tls,
            Boolean trustSelfSigned, String user, String password, String systemId, String chassisId,
            Integer intervalSeconds, Integer timeoutMs, Integer retries, Boolean enabled, Long deviceId) {
    }

    @POST
    @Requires(Permission.POWER_CONFIGURE)
    @Path("redfish-targets")
    @Operation(summary = "Register a server's BMC as a Redfish endpoint")
    @ApiResponse(responseCode = "201", description = "added", useReturnTypeSchema = true)
    public RedfishTargetView createRedfishTarget(@Valid @NotNull RedfishBody body) {
        return power().endpointFacade().createRedfish(caller(), redfishSpec(body));
    }

    @PATCH
    @Requires(Permission.POWER_CONFIGURE)
    @Path("redfish-targets/{id}")
    @Operation(summary = "Replace a Redfish endpoint, against the version read; an absent password is kept")
    public RedfishTargetView editRedfishTarget(@PathParam("id") Long id, @Valid @NotNull RedfishBody body) {
        return power().endpointFacade().updateRedfish(caller(), id, Required.version(body.version()), redfishSpec(body));
    }

    @DELETE
    @Requires(Permission.POWER_CONFIGURE)
    @Path("redfish-targets/{id}")
    @Operation(summary = "Remove a Redfish endpoint with its readings")
    @ApiResponse(responseCode = "204", description = "removed")
    public void deleteRedfishTarget(@PathParam("id") Long id, @BeanParam VersionRead read) {
        int checked = read.version();
        power().redfishTargets().find(id); // a Redfish endpoint, not an SNMP agent of that id
        power().endpointFacade().delete(caller(), id, checked);
    }

    /** {@code POST /redfish-targets/{id}/poll}: what the BMC answered, stored as a sweep stores it. */
    public record PollNowView(long targetId, io.dcim.power.collect.PollOutcome outcome, long latencyMs,
            java.time.Instant polledAt, String detail) {
    }

    @POST
    @Requires(Permission.POWER_CONFIGURE)
    @Path("redfish-targets/{id}/poll")
    @Operation(summary = "Poll a Redfish endpoint now (after fixing its password, say) and store what it answered")
    public PollNowView pollRedfishTarget(@PathParam("id") Long id) {
        power().redfishTargets().find(id); // a Redfish endpoint, not an SNMP agent of that id
        io.dcim.power.collect.Collected c = power().pollFacade().pollNow(caller(), id);
        return new PollNowView(id, c.outcome(), c.latency().toMillis(), c.polledAt(), c.detail());
    }

    @GET
    @Path("redfish-targets/{id}/status")
    @Operation(summary = "The outcome of a Redfish endpoint's last poll (NOT_POLLED_YET before the first)")
    @ApiResponse(responseCode = "200", description = "the last poll",
            content = @Content(schema = @Schema(implementation = PollStatus.class)))
    public Object redfishTargetStatus(@PathParam("id") Long id) {
        power().redfishTargets().find(id);
        return lastPoll(id);
    }

    /** The status of the target's last poll, SNMP or Redfish alike; before the first, NOT_POLLED_YET. */
    private Object lastPoll(long id) {
        return power().statuses().find(id).map(s -> (Object) s).orElse(Map.of("targetId", id, "outcome", "NOT_POLLED_YET"));
    }

    @GET
    @Path("alarms")
    @Operation(summary = "Alarms, filtered and paged; message and clearReason in the Accept-Language (English or Chinese)")
    public ListPage<AlarmView> alarms(@QueryParam("state") AlarmState state, @QueryParam("site") Long site,
            @QueryParam("room") Long room, @QueryParam("cabinet") Long cabinet, @QueryParam("target") Long target,
            @QueryParam("kind") AlarmKind kind, @BeanParam Paging paging) {
        java.util.Locale language = caller().locale();
        return ListPage.of(power().alarms().list(new AlarmFilter(state, site, room, cabinet, target, kind, null),
                paging.request("raised")), alarm -> alarm.worded(language));
    }

    /** {@code POST /alarms/{id}/ack}. */
    public record Acknowledgement(@NotNull Integer version, @MultiLine String comment) {
    }

    @POST
    @Requires(Permission.ALARM_ACKNOWLEDGE)
    @Path("alarms/{id}/ack")
    @Operation(summary = "Acknowledge an alarm, with a comment")
    public AlarmView acknowledge(@PathParam("id") Long id, @Valid @NotNull Acknowledgement ack) {
        return power().alarmFacade().acknowledge(caller(), id, ack.version(), ack.comment()).worded(caller().locale());
    }

    private static RedfishTargetSpec redfishSpec(RedfishBody b) {
        return new RedfishTargetSpec(b.name(), b.host(), b.port(), b.tls(), Boolean.TRUE.equals(b.trustSelfSigned()),
                b.user(), b.password() == null ? null : Secret.of(b.password()), b.systemId(), b.chassisId(),
                b.intervalSeconds(), b.timeoutMs(), b.retries(), b.enabled() == null || b.enabled(), b.deviceId());
    }

    /** The whole target as sent; credentials only when given (on edit, absent keeps the stored ones). */
    private static TargetSpec spec(SentFields sent, TargetBody b) {
        TargetCredentials credentials = null;
        if (sent.has("community")) {
            credentials = TargetCredentials.community(b.community());
        } else if (sent.has("user")) {
            credentials = TargetCredentials.usm(b.user(), b.authProtocol(), b.authPassphrase(), b.privProtocol(),
                    b.privPassphrase(), b.contextName());
        }
        return new TargetSpec(b.name(), b.host(), b.port(), b.snmpVersion(), credentials, b.profileId(),
                b.intervalSeconds(), b.timeoutMs(), b.retries(), b.enabled() == null || b.enabled(), b.siteId(),
                b.roomId(), b.cabinetId(), b.role(), b.feed(), b.breakerRatingA());
    }
}
