package io.dcim.inventory.catalog;

/** What a device model is; decides how it is drawn, counted and polled. */
public enum DeviceKind {
    GPU_SERVER(true),
    CPU_SERVER(true),
    NETWORK_SWITCH(false),
    STORAGE(false),
    PDU(false),
    UPS(false),
    COOLING_UNIT(false),
    SENSOR(false),
    /** Passive: front positions wired to rear trunk ports, for the cable trace to cross. */
    PATCH_PANEL(false),
    OTHER(false);

    private final boolean server;

    DeviceKind(boolean server) {
        this.server = server;
    }

    public boolean isServer() {
        return server;
    }
}
