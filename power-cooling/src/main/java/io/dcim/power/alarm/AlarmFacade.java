package io.dcim.power.alarm;

import static io.dcim.common.access.Permission.ALARM_ACKNOWLEDGE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;

/**
 * The alarm use cases as every door calls them (console, API): acknowledging needs {@code alarm.acknowledge}
 * and is recorded under the caller's name. Lists and single alarms are read from {@link AlarmService}.
 */
public final class AlarmFacade {

    private final AlarmService alarms;

    public AlarmFacade(AlarmService alarms) {
        this.alarms = alarms;
    }

    /**
     * Acknowledges an alarm read at {@code expectedVersion}, with a comment saying what is being done. The
     * service's own transaction is the use case's: the notifiers hear of it only once it has committed, which
     * an outer transaction would turn round.
     */
    public AlarmView acknowledge(Caller caller, long alarmId, int expectedVersion, String comment) {
        return UseCase.call(caller, ALARM_ACKNOWLEDGE, () -> alarms.acknowledge(alarmId, expectedVersion, comment));
    }
}
