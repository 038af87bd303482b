package io.dcim.procurement.request;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts in CNY as the books keep them: to the fen (2 decimals), rounded half-up, never a
 * double. Amounts people type are refused, not rounded, when they carry fractions of a fen.
 */
public final class Cny {

    public static final String CODE = "CNY";
    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    /** What invoices, receipts and orders may differ by before anyone is warned. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private Cny() {
    }

    public static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    /** A price or amount typed by a person: required, above zero, whole fen, at most {@code max}. */
    public static BigDecimal positive(String field, BigDecimal value, BigDecimal max) {
        BigDecimal amount = nonNegative(field, value, max);
        if (amount.signum() == 0) {
            throw new InvalidValueException(field, Message.of("procurement.money.positive"));
        }
        return amount;
    }

    /** As {@link #positive} but zero is allowed (scrap proceeds, a free support contract). */
    public static BigDecimal nonNegative(String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            throw new InvalidValueException(field, Message.of("common.field.required"));
        }
        if (value.signum() < 0) {
            throw new InvalidValueException(field, Message.of("procurement.money.negative", value.toPlainString()));
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidValueException(field, Message.of("procurement.money.fen", value.toPlainString()));
        }
        if (value.compareTo(max) > 0) {
            throw new InvalidValueException(field, Message.of("procurement.money.tooLarge", format(max), format(value)));
        }
        return fen(value);
    }

    /** A VAT rate as a share: 0.13 for 13%. */
    public static BigDecimal rate(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidValueException(field, Message.of("procurement.money.rateRequired"));
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            throw new InvalidValueException(field, Message.of("procurement.money.rateRange", value.toPlainString()));
        }
        if (value.stripTrailingZeros().scale() > 4) {
            throw new InvalidValueException(field, Message.of("procurement.money.rateScale", value.toPlainString()));
        }
        return value.setScale(4, ROUNDING);
    }

    /** VAT on a net amount, to the fen. */
    public static BigDecimal vat(BigDecimal net, BigDecimal rate) {
        return fen(net.multiply(rate));
    }

    /** Whether two amounts differ by more than the {@linkplain #TOLERANCE tolerance}. */
    public static boolean differ(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(TOLERANCE) > 0;
    }

    /** 1234567.8 as "1,234,567.80". */
    public static String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(ROUNDING);
        return format.format(amount);
    }
}
