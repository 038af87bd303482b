package io.dcim.power.endpoint;

/** The power feed a PDU or UPS is on; a cabinet with A and B feeds must survive losing either. */
public enum Feed {
    A, B
}
