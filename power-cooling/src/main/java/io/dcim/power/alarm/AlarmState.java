package io.dcim.power.alarm;

public enum AlarmState {
    ACTIVE, CLEARED
}
