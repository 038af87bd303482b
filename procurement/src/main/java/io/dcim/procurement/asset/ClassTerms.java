package io.dcim.procurement.asset;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.procurement.depreciation.AssetTerms;
import io.dcim.procurement.depreciation.DepreciationMethod;
import io.dcim.procurement.depreciation.StartConvention;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An asset class's terms as typed: checked by the rules every asset's terms obey (CAS 4: a life of at
 * least a year, whole years for the year-by-year methods, a residual rate below one).
 */
public record ClassTerms(DepreciationMethod method, Integer usefulLifeMonths, BigDecimal residualRate,
                         StartConvention convention) implements Serializable {

    /** Residual rates are kept to four decimals (5.25% is 0.0525), as every asset keeps its own. */
    static final int RATE_SCALE = 4;

    /** What a class gives until finance sets its terms: straight-line from the month after, its usual life and rate. */
    static ClassTerms defaults(AssetClass assetClass) {
        return new ClassTerms(DepreciationMethod.STRAIGHT_LINE, assetClass.defaultLifeMonths(),
                assetClass.defaultResidualRate().setScale(RATE_SCALE), StartConvention.NEXT_MONTH);
    }

    /** The same terms, refused naming the field at fault when any is missing or out of bounds. */
    ClassTerms checked() {
        if (convention == null) {
            throw new InvalidValueException("convention", Message.of("common.field.required"));
        }
        if (usefulLifeMonths == null) {
            throw new InvalidValueException("usefulLifeMonths", Message.of("common.field.required"));
        }
        AssetTerms.validLife(usefulLifeMonths, method);
        BigDecimal rate = AssetTerms.validResidualRate(residualRate);
        if (rate.stripTrailingZeros().scale() > RATE_SCALE) {
            throw new InvalidValueException("residualRate", Message.of("procurement.assetClass.rateScale", RATE_SCALE,
                    rate.toPlainString()));
        }
        return new ClassTerms(method, usefulLifeMonths, rate.setScale(RATE_SCALE), convention);
    }
}
