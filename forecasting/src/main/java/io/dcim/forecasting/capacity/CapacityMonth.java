package io.dcim.forecasting.capacity;

import java.io.Serializable;
import java.time.YearMonth;

/**
 * Capacity against demand in one month, in the resource's unit, as things stand (recommendations not counted).
 *
 * @param installed  what the site has now
 * @param onOrder    ordered, not yet received, arrived by the month's first day
 * @param outsourced under outsourced contracts that month
 * @param retired    reached the end of its useful life by then
 * @param capacity   installed + onOrder + outsourced − retired
 * @param usable     capacity less the headroom kept for failover
 * @param demand     organic forecast + pipeline (as the assumptions count it)
 * @param demandLow  demand with the organic forecast at the low end of its 80% interval
 * @param demandHigh demand with the organic forecast at the high end of its 80% interval
 * @param planned    capacity the plan's recommendations have added by then
 */
public record CapacityMonth(YearMonth month, long installed, long onOrder, long outsourced, long retired, long capacity,
                            double usable, double demand, double demandLow, double demandHigh, long planned)
        implements Serializable {

    /** Demand beyond usable capacity, 0 when there is enough. */
    public double shortfall() {
        return Math.max(0, demand - usable);
    }
}
