package io.dcim.forecasting.backtest;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the rolling origins fall. The latest origin leaves {@code horizon} points to forecast;
 * earlier origins step back by {@code step}. Origins whose training part would be shorter than
 * the methods need are dropped, so a bounded number of refits is spent per method.
 */
public record BacktestPlan(int horizon, int origins, int step) {

    public static final int DEFAULT_ORIGINS = 3;

    public BacktestPlan {
        if (horizon < 1 || origins < 1 || step < 1) {
            throw new IllegalArgumentException("horizon, origins and step must be positive");
        }
    }

    /**
     * The default for a request: test windows of the requested horizon but never more than a
     * quarter of the history (the rest must stay to train on), three non-overlapping windows.
     */
    public static BacktestPlan forRequest(int seriesLength, int requestedHorizon) {
        int h = Math.max(1, Math.min(requestedHorizon, seriesLength / 4));
        return new BacktestPlan(h, DEFAULT_ORIGINS, h);
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
