package io.dcim.power.webhook;

import io.dcim.common.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One event on its way to one rule's destination: created once per (event, rule) (a unique index holds it), then
 * attempted until delivered or dead. Its state is in the database, so a restart resumes where delivery stood.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends VersionedEntity {

    static final int MAX_ERROR = 300;

    private long eventId;
    private long ruleId;
    @Enumerated(EnumType.STRING)
    private DeliveryState state;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant lastAttemptAt;
    private Integer lastStatus;
    private String lastError;
    private Instant deliveredAt;
    private Instant createdAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(long eventId, long ruleId, Instant now) {
        this.eventId = eventId;
        this.ruleId = ruleId;
        this.state = DeliveryState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void succeeded(int status, Instant at) {
        this.state = DeliveryState.DELIVERED;
        this.lastStatus = status;
        this.lastError = null;
        this.deliveredAt = at;
    }

    /** A failed attempt: dead once the policy's attempts are spent, otherwise due again after the back-off. */
    void failed(Integer status, String error, Instant at, DeliveryPolicy policy) {
        this.lastStatus = status;
        this.lastError = error == null ? null : error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        if (attempts >= policy.maxAttempts()) {
            this.state = DeliveryState.DEAD;
        } else {
            this.nextAttemptAt = at.plus(policy.delayAfter(attempts));
        }
    }

    /** People's retry of a dead (or waiting) delivery: a fresh round of attempts, due now. */
    void retry(Instant now) {
        this.state = DeliveryState.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
    }

    public long getEventId() { return eventId; }
    public long getRuleId() { return ruleId; }
    public DeliveryState getState() { return state; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getLastAttemptAt() { return lastAttemptAt; }
    public Integer getLastStatus() { return lastStatus; }
    public String getLastError() { return lastError; }
    public Instant getDeliveredAt() { return deliveredAt; }
    public Instant getCreatedAt() { return createdAt; }
}
