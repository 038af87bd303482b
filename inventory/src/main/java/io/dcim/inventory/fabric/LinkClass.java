package io.dcim.inventory.fabric;

/**
 * How far a link reaches, which decides what it is made of: copper within a cabinet, an
 * active optical cable along a row, and beyond a row fibre between two transceivers.
 */
public enum LinkClass {
    /** Direct-attach copper. */
    SAME_CABINET,
    /** Active optical cable. */
    SAME_ROW,
    /** Fibre with a transceiver at each end. */
    BEYOND_ROW
}
