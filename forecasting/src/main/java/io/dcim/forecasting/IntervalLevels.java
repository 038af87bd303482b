package io.dcim.forecasting;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;

/**
 * Interval levels as people ask for them, in percent ({@code [80, 95]}), turned into the engine's
 * fractions. The doors check them here so that a refusal names the level at fault
 * ({@code levels[1]}); the engine's own check knows only fractions.
 */
public final class IntervalLevels {

    /** At most this many levels per request: each is a pair of bounds per step in the answer. */
    public static final int MAX = 5;
    /** The levels when none are asked for. */
    public static final double[] DEFAULT_PERCENT = {80, 95};

    private IntervalLevels() {
    }

    /** The default levels for null; else every level strictly between 0 and 100, none twice, at most {@link #MAX}. */
    public static double[] fromPercent(String field, double[] percents) {
        if (percents == null) {
            return toFractions(DEFAULT_PERCENT);
        }
        if (percents.length == 0 || percents.length > MAX) {
            throw new InvalidValueException(field, Message.of("forecasting.levels.count", MAX, percents.length));
        }
        for (int i = 0; i < percents.length; i++) {
            double level = percents[i];
            if (!(level > 0 && level < 100)) {
                throw new InvalidValueException(field + "[" + i + "]", Message.of("forecasting.levels.range",
                        String.valueOf(level)));
            }
            for (int j = 0; j < i; j++) {
                if (percents[j] == level) {
                    throw new InvalidValueException(field + "[" + i + "]", Message.of("forecasting.levels.twice",
                            String.valueOf(level)));
                }
            }
        }
        return toFractions(percents);
    }

    /** A fraction of the engine as the percentage people read (0.8 → 80.0), without binary noise. */
    public static double percent(double fraction) {
        return Math.round(fraction * 100 * 1e9) / 1e9;
    }

    private static double[] toFractions(double[] percents) {
        double[] out = new double[percents.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = percents[i] / 100;
        }
        return out;
    }
}
