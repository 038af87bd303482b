package io.dcim.inventory.port;

/** What a port speaks; two active ports can only be cabled when they speak the same. */
public enum Medium {
    INFINIBAND,
    ETHERNET,
    SERIAL,
    /** A patch-panel position: passes light through and speaks nothing itself. */
    PASSIVE
}
