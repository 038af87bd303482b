package io.dcim.procurement.asset;

import io.dcim.inventory.catalog.DeviceKind;
import java.math.BigDecimal;

/**
 * How the books group the equipment, each class with the useful life and residual rate an
 * asset gets unless someone decides otherwise (CAS 4: 3–5 years and about 5% for IT
 * equipment; power and cooling plant lasts longer).
 */
public enum AssetClass {
    SERVER("Servers", 60, "0.05"),
    NETWORK("Network", 60, "0.05"),
    STORAGE("Storage", 60, "0.05"),
    POWER_COOLING("Power and cooling", 120, "0.05");

    private final String label;
    private final int defaultLifeMonths;
    private final BigDecimal defaultResidualRate;

    AssetClass(String label, int defaultLifeMonths, String defaultResidualRate) {
        this.label = label;
        this.defaultLifeMonths = defaultLifeMonths;
        this.defaultResidualRate = new BigDecimal(defaultResidualRate);
    }

    public String label() {
        return label;
    }

    public int defaultLifeMonths() {
        return defaultLifeMonths;
    }

    public BigDecimal defaultResidualRate() {
        return defaultResidualRate;
    }

    /**
     * The class of a device of the inventory catalog. Sensors are facility monitoring and go
     * with power and cooling; anything else unclassified in the catalog is booked with servers.
     */
    public static AssetClass of(DeviceKind kind) {
        return switch (kind) {
            case GPU_SERVER, CPU_SERVER, OTHER -> SERVER;
            case NETWORK_SWITCH, PATCH_PANEL -> NETWORK;
            case STORAGE -> STORAGE;
            case PDU, UPS, COOLING_UNIT, SENSOR -> POWER_COOLING;
        };
    }
}
