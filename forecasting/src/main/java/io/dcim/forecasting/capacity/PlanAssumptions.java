package io.dcim.forecasting.capacity;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.forecasting.demand.DemandView;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Everything a capacity plan assumes, in one place; {@link #defaults()} holds the figures of DOMAIN.md. Null
 * fields are looked up: the server model in the catalog (the H100-class server with the most GPUs), its price
 * and lead time from its latest purchase order (else {@link #DEFAULT_SERVER_PRICE} and the suppliers' default
 * lead time), PUE and electricity price from the site.
 *
 * @param headroom            spare share of capacity kept for failover (0.10 = plan to 90% full)
 * @param horizonMonths       months planned, from next month
 * @param growthFactor        scales the organic forecast's change from today's use (1 = as forecast, 1.5 = half as fast again)
 * @param pipeline            how the demand pipeline counts
 * @param serverModelId       catalog model to buy (GPU servers), null = looked up
 * @param serverUnitPrice     net of VAT, CNY; null = latest order price of the model
 * @param leadTimeDays        order to delivery; null = the supplier of the model's latest order
 * @param cabinetLeadTimeDays from signing a cabinet lease to the cabinet being ready
 * @param cabinetContractedW  contracted power of a newly leased cabinet
 * @param cabinetLeaseMonthly lease of one new cabinet a month, CNY
 * @param pricePerGpuHour     what a tenant pays for a GPU-hour, CNY
 * @param utilization         share of a new GPU's hours that are sold
 * @param hoursPerMonth       hours in a planning month (8,760 / 12)
 * @param pue                 null = the site's design PUE
 * @param electricityPriceKwh CNY per kWh, null = the site's price
 * @param countOutsourced     add the GPUs under outsourced contracts (contracts are not tied to a site)
 */
public record PlanAssumptions(double headroom, int horizonMonths, double growthFactor, DemandView pipeline,
                              Long serverModelId, BigDecimal serverUnitPrice, Integer leadTimeDays, int cabinetLeadTimeDays,
                              int cabinetContractedW, BigDecimal cabinetLeaseMonthly, BigDecimal pricePerGpuHour,
                              double utilization, int hoursPerMonth, BigDecimal pue, BigDecimal electricityPriceKwh,
                              boolean countOutsourced) implements Serializable {

    /** An 8×H100 server, as the demo's procurement record assumes it (net of VAT). */
    public static final BigDecimal DEFAULT_SERVER_PRICE = new BigDecimal("2300000.00");

    public PlanAssumptions {
        if (!(headroom >= 0 && headroom < 0.9)) {
            throw new InvalidValueException("headroom", Message.of("forecasting.capacity.headroom",
                    String.valueOf(headroom)));
        }
        if (horizonMonths < 1 || horizonMonths > 120) {
            throw new InvalidValueException("horizonMonths", Message.of("forecasting.field.between", 1, 120,
                    horizonMonths));
        }
        if (!(growthFactor >= 0 && growthFactor <= 10)) {
            throw new InvalidValueException("growthFactor", Message.of("forecasting.capacity.growthFactor",
                    String.valueOf(growthFactor)));
        }
        if (pipeline == null) {
            throw new InvalidValueException("pipeline", Message.of("common.field.required"));
        }
        positive("serverUnitPrice", serverUnitPrice, true);
        if (leadTimeDays != null && (leadTimeDays < 0 || leadTimeDays > 730)) {
            throw new InvalidValueException("leadTimeDays", Message.of("forecasting.field.between", 0, 730,
                    leadTimeDays));
        }
        if (cabinetLeadTimeDays < 0 || cabinetLeadTimeDays > 730) {
            throw new InvalidValueException("cabinetLeadTimeDays", Message.of("forecasting.field.between", 0, 730,
                    cabinetLeadTimeDays));
        }
        if (cabinetContractedW < 1_000 || cabinetContractedW > 200_000) {
            throw new InvalidValueException("cabinetContractedW", Message.of("forecasting.capacity.cabinetPower",
                    cabinetContractedW));
        }
        positive("cabinetLeaseMonthly", cabinetLeaseMonthly, false);
        positive("pricePerGpuHour", pricePerGpuHour, false);
        if (!(utilization > 0 && utilization <= 1)) {
            throw new InvalidValueException("utilization", Message.of("forecasting.capacity.utilization",
                    String.valueOf(utilization)));
        }
        if (hoursPerMonth < 1 || hoursPerMonth > 744) {
            throw new InvalidValueException("hoursPerMonth", Message.of("forecasting.field.between", 1, 744,
                    hoursPerMonth));
        }
        if (pue != null && (pue.compareTo(BigDecimal.ONE) < 0 || pue.compareTo(BigDecimal.valueOf(5)) > 0)) {
            throw new InvalidValueException("pue", Message.of("forecasting.capacity.pue", String.valueOf(pue)));
        }
        positive("electricityPriceKwh", electricityPriceKwh, true);
    }

    /**
     * 10% headroom, 24 months, the weighted pipeline, 60-day server lead time looked up per supplier, 20 kW cabinets
     * at 9,800 CNY a month ready in 30 days, 28 CNY per GPU-hour (about 4 USD) at 70% utilization.
     */
    public static PlanAssumptions defaults() {
        return new PlanAssumptions(0.10, 24, 1.0, DemandView.WEIGHTED, null, null, null, 30, 20_000,
                new BigDecimal("9800.00"), new BigDecimal("28.00"), 0.70, 730, null, null, true);
    }

    public PlanAssumptions withHeadroom(double value) {
        return new PlanAssumptions(value, horizonMonths, growthFactor, pipeline, serverModelId, serverUnitPrice,
                leadTimeDays, cabinetLeadTimeDays, cabinetContractedW, cabinetLeaseMonthly, pricePerGpuHour, utilization,
                hoursPerMonth, pue, electricityPriceKwh, countOutsourced);
    }

    public PlanAssumptions withPipeline(DemandView value) {
        return new PlanAssumptions(headroom, horizonMonths, growthFactor, value, serverModelId, serverUnitPrice,
                leadTimeDays, cabinetLeadTimeDays, cabinetContractedW, cabinetLeaseMonthly, pricePerGpuHour, utilization,
                hoursPerMonth, pue, electricityPriceKwh, countOutsourced);
    }

    public PlanAssumptions withGrowth(double factor) {
        return new PlanAssumptions(headroom, horizonMonths, factor, pipeline, serverModelId, serverUnitPrice,
                leadTimeDays, cabinetLeadTimeDays, cabinetContractedW, cabinetLeaseMonthly, pricePerGpuHour, utilization,
                hoursPerMonth, pue, electricityPriceKwh, countOutsourced);
    }

    /** The server to buy, its net unit price and its lead time in days (nulls are looked up). */
    public PlanAssumptions withServer(Long modelId, BigDecimal unitPrice, Integer leadDays) {
        return new PlanAssumptions(headroom, horizonMonths, growthFactor, pipeline, modelId, unitPrice, leadDays,
                cabinetLeadTimeDays, cabinetContractedW, cabinetLeaseMonthly, pricePerGpuHour, utilization, hoursPerMonth,
                pue, electricityPriceKwh, countOutsourced);
    }

    /** Revenue: price per GPU-hour and the share of hours sold. */
    public PlanAssumptions withRevenue(BigDecimal perGpuHour, double soldShare) {
        return new PlanAssumptions(headroom, horizonMonths, growthFactor, pipeline, serverModelId, serverUnitPrice,
                leadTimeDays, cabinetLeadTimeDays, cabinetContractedW, cabinetLeaseMonthly, perGpuHour, soldShare,
                hoursPerMonth, pue, electricityPriceKwh, countOutsourced);
    }

    /** Facility: PUE and electricity price (null = the site's), contracted W and monthly lease of a new cabinet. */
    public PlanAssumptions withFacility(BigDecimal pueValue, BigDecimal priceKwh, int newCabinetW, BigDecimal leaseMonthly) {
        return new PlanAssumptions(headroom, horizonMonths, growthFactor, pipeline, serverModelId, serverUnitPrice,
                leadTimeDays, cabinetLeadTimeDays, newCabinetW, leaseMonthly, pricePerGpuHour, utilization, hoursPerMonth,
                pueValue, priceKwh, countOutsourced);
    }

    public PlanAssumptions withOutsourced(boolean counted) {
        return new PlanAssumptions(headroom, horizonMonths, growthFactor, pipeline, serverModelId, serverUnitPrice,
                leadTimeDays, cabinetLeadTimeDays, cabinetContractedW, cabinetLeaseMonthly, pricePerGpuHour, utilization,
                hoursPerMonth, pue, electricityPriceKwh, counted);
    }

    private static void positive(String field, BigDecimal value, boolean optional) {
        if (value == null) {
            if (!optional) {
                throw new InvalidValueException(field, Message.of("common.field.required"));
            }
            return;
        }
        if (value.signum() <= 0) {
            throw new InvalidValueException(field, Message.of("forecasting.field.moreThanZero", value.toPlainString()));
        }
    }
}
