package io.dcim.console.layout;

import java.util.Locale;

/** How numbers read on pages: thousands separated, kW with one decimal. */
public final class Format {

    private Format() {
    }

    /** Money as finance reads it: CNY with thousands separators and two decimals. */
    public static String cny(java.math.BigDecimal amount) {
        return amount == null ? "—" : String.format(java.util.Locale.ROOT, "CNY %,.2f", amount);
    }

    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    public static String kw(long watts) {
        return String.format(Locale.ROOT, "%,.1f", watts / 1000.0);
    }

    public static double percent(long part, long whole) {
        return whole == 0 ? 0 : part * 100.0 / whole;
    }
}
