package io.dcim.power.webhook;

import io.dcim.common.event.OutboxEvent;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.site.SiteDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves events from the outbox to their destinations. A run first hands new outbox events to the rules (one
 * delivery row per matching rule, unique per event and rule), then works through the deliveries that are due:
 * it claims a batch with one conditional update (so that two runs, on two nodes, never send one delivery at once),
 * sends it side by side outside any transaction, and records each outcome: delivered, due again after the
 * back-off, or dead after the last attempt. A node that dies between claim and record leaves the claim to expire
 * after the policy's lease, and the delivery is sent again: at least once, and once when nothing crashes; the
 * delivery id in each message lets a receiver drop a repeat.
 */
public final class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int FAN_OUT_BATCH = 500;
    /** A run stops after this many batches so that a huge backlog does not hold the scheduler's thread for ever. */
    private static final int MAX_BATCHES_PER_RUN = 200;

    private static final java.util.Random CLAIM_TAG = new java.security.SecureRandom();

    private final Database db;
    private final WebhookRules rules;
    private final WebhookSender sender;
    private final DeliveryPolicy policy;
    private final Clock clock;

    public WebhookDispatcher(Database db, WebhookRules rules, WebhookSender sender, DeliveryPolicy policy, Clock clock) {
        this.db = db;
        this.rules = rules;
        this.sender = sender;
        this.policy = policy;
        this.clock = clock;
    }

    /** Fans out the outbox, then delivers what is due, batch after batch, until nothing is due. */
    public DispatchReport run() {
        DispatchReport report = DispatchReport.NONE;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            DispatchReport fanned = fanOut();
            report = report.plus(fanned);
            if (fanned.events() < FAN_OUT_BATCH) {
                break;
            }
        }
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            DispatchReport batch = deliverDue();
            report = report.plus(batch);
            if (batch.attempted() < policy.batch()) {
                break;
            }
        }
        return report;
    }

    /** Hands the next outbox events to the rules: one delivery per event and matching rule. */
    DispatchReport fanOut() {
        return db.inTransaction(session -> {
            List<OutboxEvent> events = session.createQuery("from OutboxEvent e where e.fannedOut = false order by e.id",
                    OutboxEvent.class).setMaxResults(FAN_OUT_BATCH).getResultList();
            if (events.isEmpty()) {
                return DispatchReport.NONE;
            }
            List<WebhookRule> enabled = session.createQuery("from WebhookRule r where r.enabled = true",
                    WebhookRule.class).getResultList();
            Instant now = clock.instant();
            int created = 0;
            for (OutboxEvent event : events) {
                for (WebhookRule rule : enabled) {
                    if (rule.matches(event)) {
                        session.persist(new WebhookDelivery(event.getId(), rule.getId(), now));
                        created++;
                    }
                }
                event.markFannedOut();
            }
            return new DispatchReport(events.size(), created, 0, 0, 0, 0);
        });
    }

    /** Claims, sends and records one batch of due deliveries. */
    DispatchReport deliverDue() {
        Instant now = clock.instant();
        List<Claimed> claimed = db.inTransaction(session -> claim(session, now));
        if (claimed.isEmpty()) {
            return DispatchReport.NONE;
        }
        List<Outcome> outcomes = sender.sendAll(claimed.stream().map(Claimed::request).toList());
        Instant done = clock.instant();
        return db.inTransaction(session -> {
            int delivered = 0;
            int failed = 0;
            int dead = 0;
            Map<Long, WebhookDelivery> rows = new HashMap<>();
            session.createQuery("from WebhookDelivery d where d.id in (:ids)", WebhookDelivery.class)
                    .setParameterList("ids", claimed.stream().map(Claimed::deliveryId).toList())
                    .getResultList().forEach(d -> rows.put(d.getId(), d));
            for (int i = 0; i < claimed.size(); i++) {
                WebhookDelivery delivery = rows.get(claimed.get(i).deliveryId());
                Outcome outcome = outcomes.get(i);
                if (delivery == null) {
                    continue;
                }
                if (outcome.delivered()) {
                    delivery.succeeded(outcome.status(), done);
                    delivered++;
                } else {
                    delivery.failed(outcome.status(), outcome.detail(), done, policy);
                    failed++;
                    if (delivery.getState() == DeliveryState.DEAD) {
                        dead++;
                        log.warn("Webhook delivery {} to {} is dead after {} attempts: {}", delivery.getId(),
                                claimed.get(i).request().shownUrl(), delivery.getAttempts(), outcome.detail());
                    }
                }
            }
            return new DispatchReport(0, 0, claimed.size(), delivered, failed, dead);
        });
    }

    private List<Claimed> claim(Session session, Instant now) {
        List<Long> due = session.createQuery("select d.id from WebhookDelivery d where d.state = :pending"
                        + " and d.nextAttemptAt <= :now and d.ruleId in (select r.id from WebhookRule r where r.enabled = true)"
                        + " order by d.nextAttemptAt, d.id", Long.class)
                .setParameter("pending", DeliveryState.PENDING).setParameter("now", now)
                .setMaxResults(policy.batch()).getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        // One conditional update claims the batch; the lease's end, unique to this claim (its microseconds: what the
        // columns keep), then tells which rows this run won where another run claimed some of them first.
        Instant leaseEnd = now.plus(policy.lease()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .plus(CLAIM_TAG.nextInt(1, 1_000_000), java.time.temporal.ChronoUnit.MICROS);
        session.createMutationQuery("update WebhookDelivery d set d.attempts = d.attempts + 1,"
                        + " d.lastAttemptAt = :now, d.nextAttemptAt = :leaseEnd, d.version = d.version + 1"
                        + " where d.id in (:ids) and d.state = :pending and d.nextAttemptAt <= :now")
                .setParameter("now", now).setParameter("leaseEnd", leaseEnd).setParameterList("ids", due)
                .setParameter("pending", DeliveryState.PENDING).executeUpdate();
        List<WebhookDelivery> ours = session.createQuery("from WebhookDelivery d where d.id in (:ids)"
                        + " and d.nextAttemptAt = :leaseEnd order by d.id", WebhookDelivery.class)
                .setParameterList("ids", due).setParameter("leaseEnd", leaseEnd).getResultList();
        if (ours.isEmpty()) {
            return List.of();
        }
        Map<Long, OutboxEvent> events = new HashMap<>();
        session.createQuery("from OutboxEvent e where e.id in (:ids)", OutboxEvent.class)
                .setParameterList("ids", ours.stream().map(WebhookDelivery::getEventId).toList())
                .getResultList().forEach(e -> events.put(e.getId(), e));
        Map<Long, WebhookRule> ruleCache = new HashMap<>();
        Map<Long, Optional<SiteDirectory.SiteFacts>> sites = new HashMap<>();
        List<Claimed> claimed = new ArrayList<>();
        for (WebhookDelivery delivery : ours) {
            long id = delivery.getId();
            WebhookRule rule = ruleCache.computeIfAbsent(delivery.getRuleId(), r -> session.find(WebhookRule.class, r));
            OutboxEvent event = events.get(delivery.getEventId());
            Optional<SiteDirectory.SiteFacts> site = event.getSiteId() == null ? Optional.empty()
                    : sites.computeIfAbsent(event.getSiteId(), s -> SiteDirectory.find(session, s));
            EventContext context = new EventContext(id, event.getId(), event.getType(), event.getSubject(),
                    event.getSubjectId(), event.getSiteId(), site.map(SiteDirectory.SiteFacts::name).orElse(null),
                    site.map(s -> ZoneId.of(s.timeZone())).orElse(ZoneOffset.UTC), event.getOccurredAt(),
                    event.getPayload());
            String text = WebhookMessages.text(context, rule.getLanguage().locale());
            claimed.add(new Claimed(id, WebhookMessages.build(rule.getFormat(), rules.address(rule), rule.getUrlShown(),
                    rules.secret(rule), context, text, now)));
        }
        return claimed;
    }

    private record Claimed(long deliveryId, OutgoingRequest request) {
    }
}
