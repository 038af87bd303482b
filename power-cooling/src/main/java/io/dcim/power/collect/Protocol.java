package io.dcim.power.collect;

/** How an endpoint is read. Each has one {@link Collector}. */
public enum Protocol {
    /** Rack PDUs, UPSes, cooling units, sensors: {@code io.dcim.power.snmp}. */
    SNMP,
    /** Servers' BMCs (DMTF Redfish over HTTPS): the server's and its GPUs' power, {@code io.dcim.power.redfish}. */
    REDFISH
}
