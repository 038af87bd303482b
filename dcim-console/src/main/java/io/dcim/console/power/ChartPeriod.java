package io.dcim.console.power;

import java.time.Duration;
import java.util.Locale;

/** The periods a power chart can show, by the name they take in URLs ({@code period=7d}). */
public enum ChartPeriod {
    H6("6h", Duration.ofHours(6)),
    H24("24h", Duration.ofHours(24)),
    D7("7d", Duration.ofDays(7)),
    D30("30d", Duration.ofDays(30)),
    Y1("1y", Duration.ofDays(365));

    public static final ChartPeriod DEFAULT = H24;

    private final String key;
    private final Duration length;

    ChartPeriod(String key, Duration length) {
        this.key = key;
        this.length = length;
    }

    public String key() {
        return key;
    }

    public Duration length() {
        return length;
    }

    /** The period named in a URL; anything else is the default, as a bad bookmark should still show a chart. */
    public static ChartPeriod parse(String value) {
        if (value != null) {
            String wanted = value.trim().toLowerCase(Locale.ROOT);
            for (ChartPeriod p : values()) {
                if (p.key.equals(wanted)) {
                    return p;
                }
            }
        }
        return DEFAULT;
    }
}
