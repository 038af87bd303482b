package io.dcim.common.event;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

/**
 * Records domain events in the outbox, in the session of the change: the one call every module's services make
 * where a change happens. Build one with {@link #of}, add details with {@link #with}, then {@link #record}.
 */
public final class Events {

    private static final int MAX_SUBJECT = 200;
    static final int MAX_PAYLOAD = 4000;

    private final EventType type;
    private final String subject;
    private final Long subjectId;
    private final Long siteId;
    private final Map<String, Object> details = new LinkedHashMap<>();

    private Events(EventType type, String subject, Long subjectId, Long siteId) {
        this.type = Objects.requireNonNull(type, "type");
        this.subject = subject == null ? "" : clip(subject, MAX_SUBJECT);
        this.subjectId = subjectId;
        this.siteId = siteId;
    }

    public static Events of(EventType type, String subject, Long subjectId, Long siteId) {
        return new Events(type, subject, subjectId, siteId);
    }

    /** A detail of the event: a string, a number, a boolean or null; anything else is written as its text. */
    public Events with(String name, Object value) {
        details.put(name, value);
        return this;
    }

    /** Writes the event into the current transaction; it commits or rolls back with the change. */
    public OutboxEvent record(Session session, Instant at) {
        OutboxEvent event = new OutboxEvent(type, subject, subjectId, siteId, clip(FlatJson.write(details), MAX_PAYLOAD), at);
        session.persist(event);
        return event;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
