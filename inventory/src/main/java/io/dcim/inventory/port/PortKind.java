package io.dcim.inventory.port;

/**
 * What a port is: its medium, its speed in Gb/s (0 for passive patch positions and serial
 * consoles, which carry whatever is patched through them) and its connector.
 */
public enum PortKind {
    IB_NDR(Medium.INFINIBAND, 400, Connector.CAGE),
    IB_HDR(Medium.INFINIBAND, 200, Connector.CAGE),
    ETH_800G(Medium.ETHERNET, 800, Connector.CAGE),
    ETH_400G(Medium.ETHERNET, 400, Connector.CAGE),
    ETH_200G(Medium.ETHERNET, 200, Connector.CAGE),
    ETH_100G(Medium.ETHERNET, 100, Connector.CAGE),
    ETH_25G(Medium.ETHERNET, 25, Connector.CAGE),
    MGMT_1G(Medium.ETHERNET, 1, Connector.RJ45),
    BMC(Medium.ETHERNET, 1, Connector.RJ45),
    CONSOLE(Medium.SERIAL, 0, Connector.RJ45),
    PANEL_FRONT_LC(Medium.PASSIVE, 0, Connector.LC),
    PANEL_FRONT_MPO(Medium.PASSIVE, 0, Connector.MPO),
    PANEL_REAR_MPO(Medium.PASSIVE, 0, Connector.MPO);

    private final Medium medium;
    private final int speedGbps;
    private final Connector connector;

    PortKind(Medium medium, int speedGbps, Connector connector) {
        this.medium = medium;
        this.speedGbps = speedGbps;
        this.connector = connector;
    }

    public Medium medium() { return medium; }
    public int speedGbps() { return speedGbps; }
    public Connector connector() { return connector; }

    public boolean isPassive() {
        return medium == Medium.PASSIVE;
    }

    /** A patch panel's rear position: a trace crosses the panel from here to the front. */
    public boolean isPanelRear() {
        return this == PANEL_REAR_MPO;
    }
}
