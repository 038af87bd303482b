package io.dcim.power.load;

import java.io.Serializable;
import java.time.Instant;

/**
 * One point of a chart's series: the start of its bucket and the value (W, °C or a ratio, as the series says).
 * A value, safe to keep in a page.
 */
public record TrendPoint(Instant at, double value) implements Serializable {
}
