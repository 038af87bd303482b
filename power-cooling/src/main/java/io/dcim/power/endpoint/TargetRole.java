package io.dcim.power.endpoint;

/** What a target measures, which decides where its readings count (cabinet power, UPS load, cooling, PUE). */
public enum TargetRole {
    PDU, UPS, COOLING, SENSOR, METER
}
