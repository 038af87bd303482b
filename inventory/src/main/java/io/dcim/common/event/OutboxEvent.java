package io.dcim.common.event;

import io.dcim.common.persistence.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One domain event as written, in the transaction of the change it reports (a transactional outbox): a change
 * that is refused or rolled back leaves no event, and a committed one always has its event. Delivery reads
 * these rows later and marks each once it has been handed to the rules ({@link #isFannedOut()}).
 */
@Entity
@Table(name = "event_outbox")
public class OutboxEvent extends Identified {

    @Enumerated(EnumType.STRING)
    private EventType type;
    private String subject;
    private Long subjectId;
    private Long siteId;
    private String payload;
    private Instant occurredAt;
    private boolean fannedOut;

    protected OutboxEvent() {
    }

    OutboxEvent(EventType type, String subject, Long subjectId, Long siteId, String payload, Instant occurredAt) {
        this.type = type;
        this.subject = subject;
        this.subjectId = subjectId;
        this.siteId = siteId;
        this.payload = payload;
        this.occurredAt = occurredAt;
    }

    public EventType getType() { return type; }
    /** What the event is about, as people name it (an asset tag, an alarm's subject, a request's title). */
    public String getSubject() { return subject; }
    public Long getSubjectId() { return subjectId; }
    /** The site it happened at; null for what belongs to no site (a device in stock). */
    public Long getSiteId() { return siteId; }
    /** A JSON object of the event's details, flat: names to strings, numbers, booleans. */
    public String getPayload() { return payload; }
    public Instant getOccurredAt() { return occurredAt; }
    public boolean isFannedOut() { return fannedOut; }

    public void markFannedOut() {
        this.fannedOut = true;
    }
}
