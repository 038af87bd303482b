package io.dcim.power.chain;

import io.dcim.inventory.history.HistoryKind;
import java.util.List;

/**
 * The power chain's audited objects as the history lists them, each named as people know it: a source by its
 * name, a panel by its source's and its own ("UPS-A / PP-A1"), a feed by its name, a catalog model's supplies by
 * the model, one device's supply by the device's asset tag and the supply's number ("IM-SRV-0001 PSU 2").
 * Inventory objects referred to by id are named by the history itself, never read here.
 */
public final class ChainHistory {

    private ChainHistory() {
    }

    public static List<HistoryKind> kinds() {
        return List.of(
                new HistoryKind("power-source", PowerSource.class, "power_source_aud",
                        (o, names) -> ((PowerSource) o).getName()),
                new HistoryKind("power-panel", PowerPanel.class, "power_panel_aud", (o, names) -> panel((PowerPanel) o)),
                new HistoryKind("power-feed", PowerFeed.class, "power_feed_aud", (o, names) -> ((PowerFeed) o).getName()),
                new HistoryKind("supply-spec", SupplySpec.class, "power_supply_spec_aud",
                        (o, names) -> orId(names.of("device-model", ((SupplySpec) o).getDeviceModelId()),
                                ((SupplySpec) o).getDeviceModelId())),
                new HistoryKind("device-supply", DeviceSupply.class, "power_device_supply_aud", (o, names) -> {
                    DeviceSupply supply = (DeviceSupply) o;
                    return orId(names.of("device", supply.getDeviceId()), supply.getDeviceId()) + " PSU "
                            + supply.getSupplyIndex();
                }));
    }

    /** A historic panel's source may be gone; the panel's own name still says which it was. */
    private static String panel(PowerPanel panel) {
        try {
            return panel.getSource() == null ? panel.getName() : panel.getSource().getName() + " / " + panel.getName();
        } catch (jakarta.persistence.EntityNotFoundException sourceDeleted) {
            return panel.getName();
        }
    }

    private static String orId(String name, long id) {
        return name == null ? "#" + id : name;
    }
}
