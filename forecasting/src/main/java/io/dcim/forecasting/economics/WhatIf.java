package io.dcim.forecasting.economics;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.forecasting.history.GpuClass;
import io.dcim.procurement.asset.AssetClass;
import java.math.BigDecimal;

/**
 * What the figures would be, without changing anything: another useful life for an asset class, another list
 * price per card-hour, or a utilization target. Each part is optional; {@link #NONE} is the figures as they are.
 *
 * @param life        every asset of the class depreciated over this life from its start instead of its own
 * @param price       the list price per card-hour of one class (or every class) instead of the price list's
 * @param utilization card-hours used set to this share of those available in every month and class (0..1]:
 *                    a tenant's hours scale with the class's, so revenue per hour stays as billed
 */
public record WhatIf(Life life, CardHourPrice price, BigDecimal utilization) {

    public static final WhatIf NONE = new WhatIf(null, null, null);
    static final int MAX_LIFE_MONTHS = 240;

    public record Life(AssetClass assetClass, int usefulLifeMonths) {
    }

    public record CardHourPrice(GpuClass gpuClass, BigDecimal price) {
    }

    public WhatIf {
        if (life != null) {
            if (life.assetClass() == null) {
                throw new InvalidValueException("lifeClass", Message.of("common.field.required"));
            }
            if (life.usefulLifeMonths() < 12 || life.usefulLifeMonths() > MAX_LIFE_MONTHS) {
                throw new InvalidValueException("lifeMonths", Message.of("forecasting.field.between", 12, MAX_LIFE_MONTHS,
                        life.usefulLifeMonths()));
            }
        }
        if (price != null && (price.price() == null || price.price().signum() < 0
                || price.price().compareTo(PriceBook.MAX_UNIT_PRICE) > 0)) {
            throw new InvalidValueException("cardHourPrice", Message.of("forecasting.economics.unitPrice",
                    String.valueOf(price.price())));
        }
        if (utilization != null && (utilization.signum() <= 0 || utilization.compareTo(BigDecimal.ONE) > 0)) {
            throw new InvalidValueException("utilization", Message.of("forecasting.economics.utilization",
                    utilization.toPlainString()));
        }
    }

    public boolean any() {
        return life != null || price != null || utilization != null;
    }
}
