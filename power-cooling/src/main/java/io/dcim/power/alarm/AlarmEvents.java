package io.dcim.power.alarm;

import io.dcim.common.event.EventType;
import io.dcim.common.event.Events;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.hibernate.Session;

/**
 * The outbox events of alarms: raised, cleared, acknowledged (a change of severity is the same alarm going on,
 * for the notifiers only). Written by {@link AlarmService} in the transaction that changes the alarms, so that a
 * webhook reports exactly what was committed.
 */
final class AlarmEvents {

    private static final Map<AlarmEvent.Type, EventType> REPORTED = Map.of(
            AlarmEvent.Type.RAISED, EventType.ALARM_RAISED,
            AlarmEvent.Type.CLEARED, EventType.ALARM_CLEARED,
            AlarmEvent.Type.ACKNOWLEDGED, EventType.ALARM_ACKNOWLEDGED);

    private AlarmEvents() {
    }

    static void record(Session session, Collection<AlarmEvent> events, Instant at) {
        events.forEach(e -> record(session, e, at));
    }

    static void record(Session session, AlarmEvent event, Instant at) {
        EventType type = REPORTED.get(event.type());
        if (type == null) {
            return;
        }
        AlarmView a = event.alarm();
        Events.of(type, a.subjectName(), a.id(), a.siteId())
                .with("alarmId", a.id())
                .with("kind", a.kind().name())
                .with("severity", a.severity().name())
                .with("subject", a.subjectName())
                .with("value", a.raisedValue())
                .with("level", a.level() == null ? null : a.level().toPlainString())
                .with("messageKey", a.messageKey())
                .with("messageArgs", a.messageArgs())
                .with("by", a.ackedBy())
                .with("comment", a.ackComment())
                .record(session, at);
    }
}
