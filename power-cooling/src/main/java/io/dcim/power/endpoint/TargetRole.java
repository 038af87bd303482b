package io.dcim.power.endpoint;

/** What a target measures, which decides where its readings count (cabinet power, UPS load, cooling, PUE). */
public enum TargetRole {
    PDU, UPS, COOLING, SENSOR, METER,
    /**
     * A server's BMC (Redfish): its own and its GPUs' draw, shown per device. Not summed into cabinet power,
     * which the cabinet's PDUs already measure with the server in it.
     */
    SERVER
}
