package io.dcim.app.config;

import io.dcim.common.error.InvalidValueException;
import java.util.Locale;

/**
 * Who may read {@code /metrics} ({@code DCIM_METRICS}). The figures name sites and show their load, PUE and
 * GPUs in use, which the operator's customers and competitors should not read: by default only an API token
 * of a user holding {@code metrics.read} (what a Prometheus scrape job sends as a bearer token).
 */
public enum MetricsAccess {
    /** No {@code /metrics} at all (404). */
    OFF,
    /** Anyone who reaches the port: only where the network itself keeps strangers out. */
    OPEN,
    /** {@code Authorization: Bearer <API token>} of a user holding {@code metrics.read}. */
    TOKEN;

    static MetricsAccess parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "off" -> OFF;
            case "open" -> OPEN;
            case "token" -> TOKEN;
            default -> throw new InvalidValueException("DCIM_METRICS", "'" + value + "' is none of off, open, token");
        };
    }
}
