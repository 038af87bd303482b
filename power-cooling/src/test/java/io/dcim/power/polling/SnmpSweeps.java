package io.dcim.power.polling;

import io.dcim.power.PowerFixture;
import io.dcim.power.alarm.AlarmKind;
import io.dcim.power.alarm.AlarmView;
import io.dcim.power.collect.Collectors;
import io.dcim.power.endpoint.TargetsFixture;
import io.dcim.power.reading.PollStatusStore;
import io.dcim.power.snmp.SnmpCollector;
import io.dcim.power.snmp.SnmpPoller;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the polling ITs share: sweeps of a fixture's SNMP targets, and what the unreachable alarm makes of them. */
final class SnmpSweeps {

    private SnmpSweeps() {
    }

    /** The sweeps of the fixture's targets through {@code poller}: SNMP is the only protocol these tests poll. */
    static PollingService polling(TargetsFixture f, SnmpPoller poller, PollStatusStore statuses,
                                  PollingSettings settings) {
        return polling(f, poller, statuses, settings, TargetLeases.everyTarget());
    }

    /** As {@link #polling(TargetsFixture, SnmpPoller, PollStatusStore, PollingSettings)}, for one node of several. */
    static PollingService polling(TargetsFixture f, SnmpPoller poller, PollStatusStore statuses,
                                  PollingSettings settings, TargetLeases leases) {
        return new PollingService(f.targets, Collectors.of(new SnmpCollector(poller)), f.readings, statuses, settings,
                leases);
    }

    /**
     * Three sweeps {@code apart} from one another, from now, the alarms evaluated after the second and the third: at
     * the default level a target failing every poll is alarmed after the third, not before.
     */
    static ThreeSweeps threeSweeps(PollingService polling, PowerFixture f, Duration apart) {
        Instant t0 = Instant.now();
        polling.sweep(t0);
        polling.sweep(t0.plus(apart));
        f.alarms.evaluate(f.now());
        List<Long> afterTwo = unreachable(f);
        SweepReport third = polling.sweep(t0.plus(apart.multipliedBy(2)));
        f.alarms.evaluate(f.now());
        return new ThreeSweeps(afterTwo, third);
    }

    /** The targets alarmed as unreachable after the second sweep, and the third sweep's report. */
    record ThreeSweeps(List<Long> unreachableAfterTwo, SweepReport third) {
    }

    /** The targets with an active unreachable alarm. */
    static List<Long> unreachable(PowerFixture f) {
        return f.alarms.active().stream().filter(a -> a.kind() == AlarmKind.TARGET_UNREACHABLE)
                .map(AlarmView::targetId).toList();
    }
}
