package io.dcim.forecasting.power;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.text.Fields;
import io.dcim.forecasting.IntervalLevels;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * How far ahead to forecast power, in steps of what length, with which interval levels.
 *
 * @param horizon how far ahead (rounded up to whole steps), from one step to {@link #MAX_HORIZON}
 * @param step    the spacing of the history and the forecast
 * @param levels  interval levels as fractions (0.8 for 80 %)
 */
public record PowerForecastQuery(Duration horizon, Duration step, double[] levels) {

    public static final Duration DEFAULT_HORIZON = Duration.ofHours(24);
    public static final Duration DEFAULT_STEP = Duration.ofHours(1);
    /** Two weeks: beyond that a history of four weeks says little, and the weekly season repeats twice at most. */
    public static final Duration MAX_HORIZON = Duration.ofDays(14);

    public PowerForecastQuery {
        levels = levels.clone();
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }

    /** Steps to forecast: the horizon rounded up to whole steps. */
    public int steps() {
        return (int) -Math.floorDiv(-horizon.getSeconds(), step.getSeconds());
    }

    /**
     * A query as the API receives it: ISO-8601 durations ({@code PT24H}, {@code PT30M}), levels in
     * percent; each absent one takes its default, each bad one is refused naming its parameter.
     * Whether the step suits a site or a cabinet is {@link PowerForecasts}' to say.
     */
    public static PowerForecastQuery parse(String horizon, String step, List<Double> levelsPercent) {
        Duration s = step == null ? DEFAULT_STEP : duration("step", step);
        Duration h = horizon == null ? DEFAULT_HORIZON : duration("horizon", horizon);
        if (h.compareTo(s) < 0 || h.compareTo(MAX_HORIZON) > 0) {
            throw new InvalidValueException("horizon", Message.of("forecasting.power.horizon", s.toString(), "P14D",
                    Fields.excerpt(horizon)));
        }
        double[] percents = levelsPercent == null || levelsPercent.isEmpty() ? null
                : levelsPercent.stream().mapToDouble(Double::doubleValue).toArray();
        return new PowerForecastQuery(h, s, IntervalLevels.fromPercent("levels", percents));
    }

    private static Duration duration(String field, String text) {
        try {
            Duration d = Duration.parse(text.trim().toUpperCase(java.util.Locale.ROOT));
            if (!d.isNegative() && !d.isZero()) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // refused below, with the same words as a negative or zero duration
        }
        throw new InvalidValueException(field, Message.of("forecasting.power.duration", Fields.excerpt(text)));
    }
}
