package io.dcim.procurement.request;

import io.dcim.inventory.catalog.DeviceModel;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a request adds to the fleet, from the catalog models of its lines.
 *
 * @param servers        units of server models (GPU and CPU servers)
 * @param gpus           GPUs in the bought servers: quantity × the model's GPU slots
 * @param typicalW       typical draw of all units, watts
 * @param ratedW         rated (maximum) draw of all units, watts
 * @param rackUnits      rack units the units take
 * @param outsourcedGpus GPUs bought as outsourced compute (capacity, but not in a cabinet)
 */
public record CapacityAdded(long servers, long gpus, long typicalW, long ratedW, long rackUnits, long outsourcedGpus) {

    public static final CapacityAdded NONE = new CapacityAdded(0, 0, 0, 0, 0, 0);

    /**
     * The one rule for equipment: {@code quantity} units of {@code model} add that many servers
     * if it is a server model, its GPU slots, typical and rated draw and rack units, each times
     * the quantity.
     */
    public static CapacityAdded of(DeviceModel model, long quantity) {
        return new CapacityAdded(model.getKind().isServer() ? quantity : 0, quantity * model.getGpuSlots(),
                quantity * model.getTypicalPowerW(), quantity * model.getRatedPowerW(), quantity * model.getHeightU(), 0);
    }

    /** Outsourced compute adds GPUs, but nothing in a cabinet. */
    public static CapacityAdded outsourced(long gpus) {
        return new CapacityAdded(0, 0, 0, 0, 0, gpus);
    }

    /** Typical draw in kW to one decimal. */
    public BigDecimal typicalKw() {
        return BigDecimal.valueOf(typicalW).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP);
    }

    public CapacityAdded plus(CapacityAdded o) {
        return new CapacityAdded(servers + o.servers, gpus + o.gpus, typicalW + o.typicalW, ratedW + o.ratedW,
                rackUnits + o.rackUnits, outsourcedGpus + o.outsourcedGpus);
    }
}
