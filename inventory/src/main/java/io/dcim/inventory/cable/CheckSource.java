package io.dcim.inventory.cable;

/** Where the links a cabling check compared came from. */
public enum CheckSource {
    /** The switches' LLDP-MIB neighbour tables, walked over SNMP. */
    LLDP,
    /** An InfiniBand fabric's {@code ibnetdiscover} output, uploaded. */
    IBNETDISCOVER
}
