package io.dcim.inventory.cable;

/** What the check found at a port of a reporting device. */
public enum CheckOutcome {
    /** The recorded cable's far end is what the port sees. */
    OK,
    /** A cable is recorded on the port, but the port sees nothing. */
    MISSING,
    /** The port sees another neighbour than the recorded cable's far end (a swapped pair, a wrong rail). */
    MISWIRED,
    /** The port sees a neighbour, but no cable is recorded on it. */
    UNEXPECTED
}
