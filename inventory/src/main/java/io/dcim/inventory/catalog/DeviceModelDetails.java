package io.dcim.inventory.catalog;

import java.io.Serializable;

/**
 * Everything people edit on a device model. {@code heightU} 0 is a model mounted beside the rails or
 * standing on the floor; {@code defaultGpuModelId} is the card a new server of the model is fitted with.
 */
public record DeviceModelDetails(String manufacturer, String model, DeviceKind kind, int heightU, boolean fullDepth,
        int ratedPowerW, int typicalPowerW, int gpuSlots, Long defaultGpuModelId) implements Serializable {

    public static DeviceModelDetails of(DeviceModel m) {
        return new DeviceModelDetails(m.getManufacturer(), m.getModel(), m.getKind(), m.getHeightU(), m.isFullDepth(),
                m.getRatedPowerW(), m.getTypicalPowerW(), m.getGpuSlots(),
                m.getDefaultGpuModel() == null ? null : m.getDefaultGpuModel().getId());
    }
}
