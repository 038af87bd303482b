package io.dcim.forecasting.history;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One day of one resource at one site, in the resource's unit.
 *
 * @param used      GPUs allocated, W drawn, cabinets occupied or U occupied
 * @param inService GPUs in service (null for the other resources)
 * @param capacity  GPUs in total, W contracted, cabinets or U in total
 * @param measured  for power: the draw was measured by the PDUs (false: the devices' typical draw)
 */
public record UtilizationPoint(LocalDate day, long used, Long inService, long capacity, boolean measured)
        implements Serializable {

    /** used / capacity, 0 when there is no capacity. */
    public double utilization() {
        return capacity == 0 ? 0 : (double) used / capacity;
    }
}
