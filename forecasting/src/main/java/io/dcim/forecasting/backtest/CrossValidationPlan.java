package io.dcim.forecasting.backtest;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the time-series cross-validation origins fall (Hyndman &amp; Athanasopoulos, FPP3 5.10:
 * "evaluation on a rolling forecasting origin"). Each origin's model is fitted only on the data
 * before it. The latest origin leaves {@code horizon} points to forecast; up to {@code origins}
 * origins step back by {@code step}, so the windows overlap: more origins than windows that fit
 * side by side, which is what makes the choice steadier than three disjoint windows.
 *
 * @param horizon the window forecast from each origin
 * @param origins the most origins used
 * @param step    points between neighbouring origins
 */
public record CrossValidationPlan(int horizon, int origins, int step) {

    /** Most origins: fewer made the choice noisy on classic monthly series. */
    public static final int MAX_ORIGINS = 6;
    /** Fewest origins, for long windows. */
    public static final int MIN_ORIGINS = 3;
    /**
     * Forecast points compared per method that make a mean error steady enough to choose by;
     * long windows reach it with fewer origins, which keeps long series affordable.
     */
    static final int COMPARED_POINTS = 120;

    public CrossValidationPlan {
        if (horizon < 1 || origins < 1 || step < 1) {
            throw new IllegalArgumentException("horizon, origins and step must be positive");
        }
    }

    /**
     * The default for a request: windows of the requested horizon but never more than a quarter
     * of the history, origins a third of a window apart (at least one point), as many as it takes
     * to compare about {@value #COMPARED_POINTS} points, between {@value #MIN_ORIGINS} and
     * {@value #MAX_ORIGINS}.
     */
    public static CrossValidationPlan forRequest(int seriesLength, int requestedHorizon) {
        int h = Math.max(1, Math.min(requestedHorizon, seriesLength / 4));
        int origins = Math.max(MIN_ORIGINS, Math.min(MAX_ORIGINS, (COMPARED_POINTS + h - 1) / h));
        return new CrossValidationPlan(h, origins, Math.max(1, (h + 2) / 3));
    }

    /** Training lengths of the origins (latest first) that leave at least {@code minimumTraining}. */
    public int[] trainingLengths(int seriesLength, int minimumTraining) {
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i < origins; i++) {
            int t = seriesLength - horizon - i * step;
            if (t >= minimumTraining) {
                lengths.add(t);
            }
        }
        return lengths.stream().mapToInt(Integer::intValue).toArray();
    }
}
