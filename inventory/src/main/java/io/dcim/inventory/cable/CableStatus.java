package io.dcim.inventory.cable;

/** Planned cables hold their ports like installed ones, so a plan cannot be double-booked. */
public enum CableStatus {
    PLANNED, INSTALLED, DECOMMISSIONED
}
