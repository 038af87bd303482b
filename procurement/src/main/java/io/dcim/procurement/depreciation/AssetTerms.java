package io.dcim.procurement.depreciation;

import io.dcim.common.error.InvalidValueException;

import io.dcim.common.error.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the books say about one fixed asset when it is placed in service: what it cost, what
 * share of the cost is expected back at the end (the residual rate), how long it is used and
 * how it is depreciated.
 *
 * @param cost             original cost in CNY, to the fen
 * @param residualRate     expected residual value as a share of cost, e.g. {@code 0.05}
 * @param usefulLifeMonths useful life counted from the first depreciation month
 * @param method           depreciation method
 * @param inServiceDate    the day the asset was placed in service
 * @param convention       whether depreciation starts that month or the next
 */
public record AssetTerms(BigDecimal cost, BigDecimal residualRate, int usefulLifeMonths,
                         DepreciationMethod method, LocalDate inServiceDate, StartConvention convention) {

    /** CAS 4: a fixed asset is used for more than one accounting year. */
    public static final int MIN_LIFE_MONTHS = 12;
    /** A century is far beyond any equipment life; anything longer is a typo (days, not months). */
    public static final int MAX_LIFE_MONTHS = 1200;

    public AssetTerms {
        cost = validCost(cost);
        residualRate = validResidualRate(residualRate);
        validLife(usefulLifeMonths, method);
        required("inServiceDate", inServiceDate);
        required("convention", convention);
    }

    /** Terms under the CAS default convention: depreciation starts the month after in service. */
    public static AssetTerms of(BigDecimal cost, BigDecimal residualRate, int usefulLifeMonths,
                                DepreciationMethod method, LocalDate inServiceDate) {
        return new AssetTerms(cost, residualRate, usefulLifeMonths, method, inServiceDate, StartConvention.NEXT_MONTH);
    }

    /** Cost × residual rate, rounded to the fen: the part of the cost never depreciated. */
    public BigDecimal residualValue() {
        return residualValue(residualRate);
    }

    BigDecimal residualValue(BigDecimal rate) {
        return Money.fen(cost.multiply(rate));
    }

    public YearMonth firstDepreciationMonth() {
        return convention.firstDepreciationMonth(inServiceDate);
    }

    private static BigDecimal validCost(BigDecimal cost) {
        required("cost", cost);
        if (cost.signum() <= 0) {
            throw new InvalidValueException("cost", Message.of("procurement.depreciation.costPositive", cost.toPlainString()));
        }
        if (cost.stripTrailingZeros().scale() > Money.FEN_SCALE) {
            throw new InvalidValueException("cost", Message.of("procurement.money.fen", cost.toPlainString()));
        }
        return Money.fen(cost);
    }

    public static BigDecimal validResidualRate(BigDecimal rate) {
        required("residualRate", rate);
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new InvalidValueException("residualRate",
                    Message.of("procurement.depreciation.residualRate", rate.toPlainString()));
        }
        return rate;
    }

    public static void validLife(int months, DepreciationMethod method) {
        required("method", method);
        if (months < MIN_LIFE_MONTHS || months > MAX_LIFE_MONTHS) {
            throw new InvalidValueException("usefulLifeMonths", Message.of("procurement.depreciation.life", MIN_LIFE_MONTHS,
                    MAX_LIFE_MONTHS, months));
        }
        if (method.needsWholeYears() && months % 12 != 0) {
            throw new InvalidValueException("usefulLifeMonths", Message.of("procurement.depreciation.wholeYears", method.title(),
                    months));
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, Message.of("common.field.required"));
        }
    }
}
