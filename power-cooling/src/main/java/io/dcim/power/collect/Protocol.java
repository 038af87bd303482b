package io.dcim.power.collect;

/** How an endpoint is read. Each has one {@link Collector}; Redfish (power issue #17) is the next to come. */
public enum Protocol {
    SNMP
}
