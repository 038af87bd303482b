package io.dcim.power.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.event.EventType;
import io.dcim.common.event.OutboxEvent;
import io.dcim.common.persistence.Database;
import io.dcim.power.PowerFixture;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetView;
import io.dcim.power.profile.Metrics;
import io.dcim.testing.BothDatabases;
import java.time.Duration;
import java.util.List;

/** Alarms write their outbox events in the evaluation's and the acknowledgement's own transactions. */
class AlarmOutboxTest {

    private static List<OutboxEvent> outbox(Database db) {
        return db.read(s -> s.createQuery("from OutboxEvent e where e.type like 'ALARM%' order by e.id",
                OutboxEvent.class).getResultList());
    }

    @BothDatabases
    void anAlarmRaisedAcknowledgedAndClearedRecordsThreeEventsWithItsStoredText(Database db, PowerFixture f) {
        TargetView pdu = f.pdu(f.base.cabinet, Feed.A);
        f.read(pdu, Metrics.PDU_POWER_W, 17_000);
        f.alarms.evaluate(f.now());
        AlarmView alarm = f.alarms.active().get(0);
        new AlarmFacade(f.alarms).acknowledge(Caller.of("ops-1", Permission.ALARM_ACKNOWLEDGE), alarm.id(),
                alarm.version(), "blanking panels fitted");
        f.advance(Duration.ofMinutes(5));
        f.read(pdu, Metrics.PDU_POWER_W, 6_000);
        f.alarms.evaluate(f.now());

        List<OutboxEvent> events = outbox(db);
        assertThat(events).extracting(OutboxEvent::getType).containsExactly(EventType.ALARM_RAISED,
                EventType.ALARM_ACKNOWLEDGED, EventType.ALARM_CLEARED);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getSubjectId()).isEqualTo(alarm.id());
            assertThat(e.getSiteId()).isEqualTo(alarm.siteId());
        });
        assertThat(events.get(0).getPayload()).contains("\"messageKey\":\"" + alarm.messageKey() + "\"",
                "\"severity\":\"" + alarm.severity().name() + "\"");
        assertThat(events.get(1).getPayload()).contains("\"by\":\"ops-1\"", "\"comment\":\"blanking panels fitted\"");
    }
}
