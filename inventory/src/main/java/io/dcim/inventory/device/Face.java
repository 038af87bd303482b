package io.dcim.inventory.device;

/** Where in a cabinet a device is mounted. SIDE is the 0U space beside the rails. */
public enum Face {
    FRONT,
    REAR,
    SIDE
}
