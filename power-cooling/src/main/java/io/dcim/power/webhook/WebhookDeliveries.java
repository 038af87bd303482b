package io.dcim.power.webhook;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.site.SiteDirectory;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/** The deliveries as people see them (dead letters among them), their retry, and a rule's test message. */
public final class WebhookDeliveries {

    private static final SortColumns SORT = new SortColumns("created", "d.id", Map.of(
            "created", "d.createdAt", "state", "d.state", "attempts", "d.attempts", "next", "d.nextAttemptAt",
            "rule", "r.name", "type", "e.type"));

    private final Database db;
    private final WebhookRules rules;
    private final WebhookSender sender;
    private final Clock clock;

    public WebhookDeliveries(Database db, WebhookRules rules, WebhookSender sender, Clock clock) {
        this.db = db;
        this.rules = rules;
        this.sender = sender;
        this.clock = clock;
    }

    public Page<DeliveryView> list(DeliveryFilter filter, PageRequest request) {
        return db.read(session -> new PagedQuery<>(DeliveryView.class,
                "select new io.dcim.power.webhook.DeliveryView(d.id, e.id, e.type, e.subject, e.siteId, e.occurredAt, r.id, r.name,"
                        + " d.state, d.attempts, d.nextAttemptAt, d.lastAttemptAt, d.lastStatus, d.lastError, d.deliveredAt)",
                "from WebhookDelivery d join OutboxEvent e on e.id = d.eventId join WebhookRule r on r.id = d.ruleId",
                "d.id", SORT)
                .where("d.state = :state", "state", filter.state())
                .where("d.ruleId = :rule", "rule", filter.ruleId())
                .fetch(session, request));
    }

    /** Sends a delivery again from its first attempt, now; one already delivered is not sent twice. */
    public void retry(long deliveryId) {
        db.execute(session -> {
            WebhookDelivery delivery = Lookup.existing(session, WebhookDelivery.class, deliveryId, "webhook delivery");
            if (delivery.getState() == DeliveryState.DELIVERED) {
                throw new ConflictException("state", Message.of("power.webhook.alreadyDelivered", deliveryId));
            }
            delivery.retry(clock.instant());
        });
    }

    /** Sends the rule's destination a test message at once, in the rule's format, language and signature. */
    public Outcome test(long ruleId) {
        OutgoingRequest request = db.read(session -> {
            WebhookRule rule = WebhookRules.load(session, ruleId);
            ZoneId zone = rule.getSiteId() == null ? ZoneOffset.UTC : SiteDirectory.find(session, rule.getSiteId())
                    .map(s -> ZoneId.of(s.timeZone())).orElse(ZoneOffset.UTC);
            String site = rule.getSiteId() == null ? null
                    : SiteDirectory.find(session, rule.getSiteId()).map(SiteDirectory.SiteFacts::name).orElse(null);
            EventContext context = new EventContext(0, 0, null, rule.getName(), null, rule.getSiteId(), site, zone,
                    clock.instant(), "{}");
            String text = Messages.text(Message.of("power.webhook.testText", rule.getName()), rule.getLanguage().locale());
            return WebhookMessages.build(rule.getFormat(), rules.address(rule), rule.getUrlShown(), rules.secret(rule),
                    context, text, clock.instant());
        });
        return sender.send(request);
    }
}
