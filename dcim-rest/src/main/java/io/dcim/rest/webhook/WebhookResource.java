package io.dcim.rest.webhook;

import static io.dcim.rest.Required.version;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.error.Message;
import io.dcim.common.event.EventType;
import io.dcim.common.paging.PageRequest;
import io.dcim.power.webhook.DeliveryFilter;
import io.dcim.power.webhook.DeliveryState;
import io.dcim.power.webhook.DeliveryView;
import io.dcim.power.webhook.Outcome;
import io.dcim.power.webhook.RuleDetails;
import io.dcim.power.webhook.RuleView;
import io.dcim.power.webhook.WebhookFacade;
import io.dcim.power.webhook.WebhookFormat;
import io.dcim.power.webhook.WebhookLanguage;
import io.dcim.rest.ApiException;
import io.dcim.rest.ApiResource;
import io.dcim.rest.ListPage;
import io.dcim.rest.Paging;
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
import jakarta.validation.constraints.Size;
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
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Event rules and webhooks (webhook.manage): the rules with their destination (address and secret write-only:
 * accepted, never answered, a mask shown), a test message, and the deliveries with the dead letters and their
 * retry.
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "webhooks", description = "event rules, webhook and group robot destinations, deliveries")
public class WebhookResource extends ApiResource {

    private static final String NEWEST = "newest";

    @Inject
    public WebhookResource(Services services) {
        super(services);
    }

    private WebhookFacade webhooks() {
        return services.power().webhookFacade();
    }

    /**
     * {@code POST /webhooks}; a PATCH changes the fields present and needs {@code version}. {@code url} and
     * {@code secret} are write-only: absent on a PATCH keeps the sealed ones.
     */
    public record RuleBody(Integer version, @Size(max = 80) String name, WebhookFormat format,
                           @Size(max = 1000) String url, @Size(max = 200) String secret,
                           @Schema(description = "event type codes, e.g. alarm.raised, device.moved") List<String> events,
                           Long siteId, WebhookLanguage language, Boolean enabled) {

        @Override
        public String toString() {
            return "RuleBody[" + name + ", " + format + ", url ****, secret ****]";
        }
    }

    /** A rule as answered: the address masked, whether a secret is set, never the secret. */
    public record RuleRecord(long id, int version, String name, WebhookFormat format, String url, boolean hasSecret,
                             List<String> events, Long siteId, WebhookLanguage language, boolean enabled) {
        static RuleRecord of(RuleView v) {
            return new RuleRecord(v.id(), v.version(), v.name(), v.format(), v.url(), v.hasSecret(),
                    v.eventTypes().stream().map(EventType::code).toList(), v.siteId(), v.language(), v.enabled());
        }
    }

    /** One event on its way to one rule's destination; {@code lastError} is a short excerpt of the last failure. */
    public record DeliveryRecord(long id, long eventId, String event, String subject, Instant occurredAt, long ruleId,
                                 String rule, DeliveryState state, int attempts, Instant nextAttemptAt,
                                 Instant lastAttemptAt, Integer lastStatus, String lastError, Instant deliveredAt) {
        static DeliveryRecord of(DeliveryView d) {
            return new DeliveryRecord(d.id(), d.eventId(), d.eventType().code(), d.subject(), d.occurredAt(), d.ruleId(),
                    d.ruleName(), d.state(), d.attempts(), d.state() == DeliveryState.PENDING ? d.nextAttemptAt() : null,
                    d.lastAttemptAt(), d.lastStatus(), d.lastError(), d.deliveredAt());
        }
    }

    /** What a test message came to: accepted or not, the HTTP status and a short excerpt of a refusal. */
    public record TestRecord(boolean delivered, Integer status, String detail) {
        static TestRecord of(Outcome o) {
            return new TestRecord(o.delivered(), o.status(), o.detail());
        }
    }

    @GET
    @Requires(Permission.WEBHOOK_MANAGE)
    @Path("webhooks")
    @Operation(summary = "Every event rule in name order, addresses masked")
    public List<RuleRecord> rules() {
        return webhooks().rules(caller()).stream().map(RuleRecord::of).toList();
    }

    @GET
    @Requires(Permission.WEBHOOK_MANAGE)
    @Path("webhooks/{id}")
    @Operation(summary = "One event rule, with the version an edit names")
    public RuleRecord rule(@PathParam("id") Long id) {
        return RuleRecord.of(webhooks().rule(caller(), id));
    }

    @POST
    @Requires(Permission.WEBHOOK_MANAGE)
    @Path("webhooks")
    @Operation(summary = "Add an event rule: events, an optional site, the destination and its format")
    @ApiResponse(responseCode = "201", description = "created", useReturnTypeSchema = true)
    public RuleRecord create(@Valid @NotNull RuleBody body) {
        return RuleRecord.of(webhooks().create(caller(), new RuleDetails(body.name(), body.format(), body.url(),
                body.secret(), events(body.events()), body.siteId(),
                body.language() == null ? WebhookLanguage.ZH_CN : body.language(),
                body.enabled() == null || body.enabled())));
    }

    @PATCH
    @Requires(Permission.WEBHOOK_MANAGE)
    @Path("webhooks/{id}")
    @Operation(summary = "Change an event rule against the version read",
            description = "Only the fields present change; url and secret only when sent.")
    public RuleRecord edit(@PathParam("id") Long id, @Valid @NotNull RuleBody body,
            @Context ContainerRequestContext request) {
        int version = version(body.version());
        SentFields sent = SentFields.of(request);
        RuleView now = webhooks().rule(caller(), id);
        RuleDetails details = new RuleDetails(sent.pick("name", body.name(), now.name()),
                sent.pick("format", body.format(), now.format()), sent.has("url") ? body.url() : null,
                sent.has("secret") ? body.secret() : null,
                sent.has("events") ? events(body.events()) : Set.copyOf(now.eventTypes()),
                sent.pick("siteId", body.siteId(), now.siteId()),
                sent.pick("language", body.language(), now.language()),
                sent.flag("enabled", body.enabled(), now.enabled()));
        return RuleRecord.of(webhooks().edit(caller(), id, version, details));
    }

    @DELETE
    @Requires(Permission.WEBHOOK_MANAGE)
    @Path("webhooks/{id}")
    @Operation(summary = "Delete an event rule and its deliveries")
    @ApiResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("id") Long id, @BeanParam VersionRead read) {
        webhooks().delete(caller(), id, read.version());
    }

    @POST
    @Requires(Permission.WEBHOOK_MANAGE)
    @Path("webhooks/{id}/test")
    @Operation(summary = "Send the rule's destination a test message now, in its format, language and signature")
    public TestRecord test(@PathParam("id") Long id) {
        return TestRecord.of(webhooks().test(caller(), id));
    }

    @GET
    @Requires(Permission.WEBHOOK_MANAGE)
    @Path("webhooks/deliveries")
    @Operation(summary = "Deliveries, newest first, filtered by state (DEAD: the dead letters) and rule",
            description = "sort: created, state, attempts, next, rule, type")
    public ListPage<DeliveryRecord> deliveries(@QueryParam("state") DeliveryState state, @QueryParam("rule") Long rule,
            @BeanParam Paging paging) {
        PageRequest asked = paging.request(NEWEST);
        // Unsorted, the newest come first: the dead letters of today before last month's.
        PageRequest request = asked.sort().equals(NEWEST)
                ? new PageRequest(asked.page(), asked.size(), "created", false) : asked;
        return ListPage.of(webhooks().deliveries(caller(), new DeliveryFilter(state, rule), request), DeliveryRecord::of);
    }

    @POST
    @Requires(Permission.WEBHOOK_MANAGE)
    @Path("webhooks/deliveries/{id}/retry")
    @Operation(summary = "Send a dead (or waiting) delivery again from its first attempt, now")
    @ApiResponse(responseCode = "204", description = "queued")
    public void retry(@PathParam("id") Long id) {
        webhooks().retry(caller(), id);
    }

    private static Set<EventType> events(List<String> codes) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String code : codes == null ? List.<String>of() : codes) {
            types.add(EventType.ofCode(code).orElseThrow(() -> ApiException.badRequest("events",
                    Message.of("power.webhook.unknownEvent", code,
                            String.join(", ", Arrays.stream(EventType.values()).map(EventType::code).toList())))));
        }
        return types;
    }
}
