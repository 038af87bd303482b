package io.dcim.power.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.NotPermittedException;
import io.dcim.power.PowerFixture;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetView;
import io.dcim.power.profile.Metrics;
import io.dcim.testing.BothDatabases;

class AlarmFacadeTest {

    /** A cabinet drawing 85 % of its contract: one active warning. */
    private static AlarmView raised(PowerFixture f) {
        TargetView pdu = f.pdu(f.base.cabinet, Feed.A);
        f.read(pdu, Metrics.PDU_POWER_W, 17_000);
        f.alarms.evaluate(f.now());
        return f.alarms.active().get(0);
    }

    @BothDatabases
    void acknowledgingWithoutAlarmAcknowledgeIsRefusedAndLeavesTheAlarmUnacknowledged(PowerFixture f) {
        AlarmView alarm = raised(f);
        AlarmFacade facade = new AlarmFacade(f.alarms);

        assertThatThrownBy(() -> facade.acknowledge(Caller.of("analyst-1", Permission.READ), alarm.id(),
                alarm.version(), "looking into it"))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.missing()).isEqualTo(Permission.ALARM_ACKNOWLEDGE));
        assertThat(f.alarms.find(alarm.id()).acknowledged()).isFalse();
        assertThat(f.events).extracting(AlarmEvent::type).doesNotContain(AlarmEvent.Type.ACKNOWLEDGED);
    }

    @BothDatabases
    void anOpsCallerAcknowledgesAndTheAlarmNamesThem(PowerFixture f) {
        AlarmView alarm = raised(f);

        AlarmView acked = new AlarmFacade(f.alarms).acknowledge(Caller.of("ops-1", Permission.ALARM_ACKNOWLEDGE),
                alarm.id(), alarm.version(), "blanking panels fitted");

        assertThat(acked.ackedBy()).isEqualTo("ops-1");
        assertThat(f.alarms.find(alarm.id()).ackComment()).isEqualTo("blanking panels fitted");
        assertThat(f.events).extracting(AlarmEvent::type).contains(AlarmEvent.Type.ACKNOWLEDGED);
    }
}
