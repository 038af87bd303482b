package io.dcim.forecasting.capacity;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a recommendation costs and earns, CNY to the fen, net of VAT.
 *
 * @param capex               purchase price of the equipment
 * @param monthlyDepreciation depreciation it adds a month (procurement's rules for the asset class)
 * @param monthlyLease        lease of the cabinets that must be newly leased
 * @param monthlyElectricity  typical draw × PUE × hours × the site's price
 * @param monthlyRevenue      GPUs × price per GPU-hour × utilization × hours
 * @param breakEvenMonth      months after arrival until revenue − lease − electricity has paid the capex; null if never
 */
public record Costs(BigDecimal capex, BigDecimal monthlyDepreciation, BigDecimal monthlyLease,
                    BigDecimal monthlyElectricity, BigDecimal monthlyRevenue, Integer breakEvenMonth) implements Serializable {

    /** Revenue less depreciation, lease and electricity: what the purchase adds to the monthly result. */
    public BigDecimal monthlyMargin() {
        return monthlyRevenue.subtract(monthlyDepreciation).subtract(monthlyLease).subtract(monthlyElectricity);
    }
}
