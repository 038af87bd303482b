package io.dcim.power.alarm;

/** What an alarm is raised on: a cabinet (power, inlet) or a target (unreachable, a sensor outside cabinets). */
public enum SubjectType {
    CABINET, TARGET
}
