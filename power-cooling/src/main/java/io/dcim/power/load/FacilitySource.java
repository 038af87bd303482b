package io.dcim.power.load;

/** Where a facility load comes from, best first. */
public enum FacilitySource {
    /** Utility meters (targets of role METER): the whole facility as the utility bills it. */
    METERS,
    /** UPS inputs (targets of role UPS): what the UPSes draw, when no meter is polled. */
    UPS_INPUT,
    /** Not measured: the IT load times the site's design PUE, so the figure is an estimate. */
    DESIGN_PUE
}
