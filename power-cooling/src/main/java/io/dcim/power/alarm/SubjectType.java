package io.dcim.power.alarm;

/**
 * What an alarm is raised on: a cabinet (power, inlet), a target (unreachable, a sensor outside cabinets) or a
 * device's port (a cabling fault).
 */
public enum SubjectType {
    CABINET, TARGET, PORT
}
