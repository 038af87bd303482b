package io.dcim.forecasting.power;

import io.dcim.power.load.TrendPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A trend's points on a regular grid, as the engine needs them: from the first bucket that has a
 * value to the last, buckets without readings (a missed roll-up, a PDU restarting) filled on the
 * straight line between their neighbours. Leading and trailing gaps are not invented.
 *
 * @param start  the first bucket
 * @param values one value per step from {@code start}
 * @param filled how many of them were filled in
 */
record RegularSeries(Instant start, double[] values, int filled) {

    static RegularSeries of(List<TrendPoint> points, Duration step) {
        if (points.isEmpty()) {
            return new RegularSeries(null, new double[0], 0);
        }
        Instant start = points.get(0).at();
        long stepSeconds = step.getSeconds();
        int length = (int) (Duration.between(start, points.get(points.size() - 1).at()).getSeconds() / stepSeconds) + 1;
        double[] values = new double[length];
        int filled = length - points.size();
        int previous = -1;
        for (TrendPoint p : points) {
            int index = (int) (Duration.between(start, p.at()).getSeconds() / stepSeconds);
            values[index] = p.value();
            for (int gap = previous + 1; gap < index; gap++) {
                double share = (double) (gap - previous) / (index - previous);
                values[gap] = values[previous] + share * (p.value() - values[previous]);
            }
            previous = index;
        }
        return new RegularSeries(start, values, filled);
    }

    /** The bucket {@code steps} after the last value. */
    Instant after(Duration step, int steps) {
        return start.plus(step.multipliedBy(values.length - 1L + steps));
    }
}
