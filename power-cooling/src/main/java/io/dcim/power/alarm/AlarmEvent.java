package io.dcim.power.alarm;

import java.io.Serializable;

/** Something that happened to an alarm, for notifiers; the alarm as it is after the event. */
public record AlarmEvent(Type type, AlarmView alarm) implements Serializable {

    public enum Type { RAISED, ESCALATED, DEESCALATED, CLEARED, ACKNOWLEDGED }
}
