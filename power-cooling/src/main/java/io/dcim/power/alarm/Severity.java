package io.dcim.power.alarm;

public enum Severity {
    WARNING, CRITICAL
}
