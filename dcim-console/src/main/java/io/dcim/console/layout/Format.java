package io.dcim.console.layout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.apache.wicket.Session;

/**
 * How numbers read on pages, in the session's language: thousands separated, kW with one decimal,
 * money with two. Chinese readers see yuan as {@code ¥}; English ones {@code CNY}, since {@code ¥}
 * alone also stands for the yen.
 */
public final class Format {

    private Format() {
    }

    /**
     * Money as finance reads it: {@code ¥1,234.50} in Chinese, {@code CNY 1,234.50} in English; a loss with its
     * sign before the currency ({@code -¥744,917.17}), not between it and the figure.
     */
    public static String cny(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        String unit = chinese() ? "'¥'" : "'CNY '";
        return decimal(unit + "#,##0.00;-" + unit + "#,##0.00").format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    public static String count(long value) {
        return decimal("#,##0").format(value);
    }

    public static String kw(long watts) {
        return decimal("#,##0.0").format(watts / 1000.0);
    }

    /** A figure with one decimal, in the reader's separators (percentages, amperes). */
    public static String oneDecimal(double value) {
        return decimal("#,##0.0").format(value);
    }

    public static String amps(double value) {
        return oneDecimal(value) + " A";
    }

    public static double percent(long part, long whole) {
        return whole == 0 ? 0 : part * 100.0 / whole;
    }

    /** The locale pages are shown in: the session's, English outside a request. */
    public static Locale locale() {
        return Session.exists() ? Session.get().getLocale() : Locale.ENGLISH;
    }

    private static boolean chinese() {
        return "zh".equals(locale().getLanguage());
    }

    private static DecimalFormat decimal(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale()));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
