package io.dcim.forecasting.capacity;

import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.depreciation.AssetTerms;
import io.dcim.procurement.depreciation.DepreciationCalculator;
import io.dcim.procurement.depreciation.DepreciationMethod;
import io.dcim.procurement.request.Cny;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a purchase costs and earns a month, in CNY to the fen. Depreciation follows procurement's rules for
 * the asset class (straight-line over the class's life to its residual rate, from the month after arrival),
 * per server as each becomes an asset of its own.
 */
final class CostModel {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private final DepreciationCalculator depreciation = new DepreciationCalculator();

    Costs servers(int servers, int gpus, BigDecimal unitPrice, int typicalW, int cabinetsLeased, LocalDate arrival,
                  Facility facility, PlanAssumptions a) {
        BigDecimal capex = Cny.fen(unitPrice.multiply(BigDecimal.valueOf(servers)));
        AssetClass asset = AssetClass.SERVER;
        AssetTerms terms = AssetTerms.of(Cny.fen(unitPrice), asset.defaultResidualRate(), asset.defaultLifeMonths(),
                DepreciationMethod.STRAIGHT_LINE, arrival);
        YearMonth first = terms.firstDepreciationMonth();
        BigDecimal perServer = depreciation.schedule(terms).depreciationFor(first);
        BigDecimal monthlyDepreciation = Cny.fen(perServer.multiply(BigDecimal.valueOf(servers)));
        BigDecimal lease = lease(cabinetsLeased, a);
        BigDecimal kw = BigDecimal.valueOf((long) typicalW * servers).divide(THOUSAND);
        BigDecimal electricity = Cny.fen(kw.multiply(facility.pue()).multiply(BigDecimal.valueOf(a.hoursPerMonth()))
                .multiply(facility.priceKwh()));
        BigDecimal revenue = Cny.fen(BigDecimal.valueOf(gpus).multiply(a.pricePerGpuHour())
                .multiply(BigDecimal.valueOf(a.utilization())).multiply(BigDecimal.valueOf(a.hoursPerMonth())));
        return new Costs(capex, monthlyDepreciation, lease, electricity, revenue,
                breakEven(capex, revenue.subtract(lease).subtract(electricity)));
    }

    Costs cabinetsOnly(int cabinetsLeased, PlanAssumptions a) {
        return new Costs(Cny.ZERO, Cny.ZERO, lease(cabinetsLeased, a), Cny.ZERO, Cny.ZERO, null);
    }

    private static BigDecimal lease(int cabinets, PlanAssumptions a) {
        return Cny.fen(a.cabinetLeaseMonthly().multiply(BigDecimal.valueOf(cabinets)));
    }

    /** Months of cash margin (revenue − lease − electricity) that pay back the capex; null if it never does. */
    static Integer breakEven(BigDecimal capex, BigDecimal monthlyCashMargin) {
        if (monthlyCashMargin.signum() <= 0) {
            return null;
        }
        return capex.divide(monthlyCashMargin, 0, java.math.RoundingMode.CEILING).intValueExact();
    }

    /** The site's PUE and electricity price the plan uses. */
    record Facility(BigDecimal pue, BigDecimal priceKwh) {
    }
}
