package io.dcim.forecasting.method;

import java.util.Arrays;

/**
 * Removes several seasonal patterns at once (e.g. daily and weekly in hourly power), in the
 * spirit of MSTL (Bandara, Hyndman &amp; Bergmeir 2021) but with classical moving-average steps
 * instead of loess: for each season from the shortest, a centred moving average of one season
 * estimates the trend of the series with the other seasons removed, the mean detrended value per
 * phase is that season's figure (summing to zero), and the pass is repeated twice so that each
 * figure is estimated free of the others. Figures are additive: load patterns shift by amounts,
 * and the adjusted series may cross zero.
 *
 * <p>Only the last {@value #RECENT_CYCLES} cycles of each season are averaged, so that a pattern
 * that drifts (summer against winter cooling load) is the recent one.
 */
public final class MultiSeasonalDecomposition {

    static final int RECENT_CYCLES = 8;
    private static final int PASSES = 2;

    private final int[] seasons;
    private final double[][] figures;
    private final int n;

    private MultiSeasonalDecomposition(int[] seasons, double[][] figures, int n) {
        this.seasons = seasons;
        this.figures = figures;
        this.n = n;
    }

    /** Decomposes y by the given seasons; each must fit at least twice into y. */
    public static MultiSeasonalDecomposition of(double[] y, int[] seasons) {
        int[] sorted = Arrays.stream(seasons).sorted().distinct().toArray();
        double[][] figures = new double[sorted.length][];
        for (int k = 0; k < sorted.length; k++) {
            if (y.length < 2 * sorted[k]) {
                throw new IllegalArgumentException("season " + sorted[k] + " needs " + 2 * sorted[k] + " points");
            }
            figures[k] = new double[sorted[k]];
        }
        for (int pass = 0; pass < PASSES; pass++) {
            for (int k = 0; k < sorted.length; k++) {
                double[] x = y.clone();
                for (int j = 0; j < sorted.length; j++) {
                    if (j != k) {
                        for (int t = 0; t < x.length; t++) {
                            x[t] -= figures[j][t % sorted[j]];
                        }
                    }
                }
                figures[k] = figure(x, sorted[k]);
            }
        }
        return new MultiSeasonalDecomposition(sorted, figures, y.length);
    }

    private static double[] figure(double[] x, int m) {
        double[] trend = ClassicalDecomposition.centredMovingAverage(x, m);
        double[] sum = new double[m];
        int[] count = new int[m];
        int from = Math.max(0, x.length - RECENT_CYCLES * m - m);
        for (int t = from; t < x.length; t++) {
            if (!Double.isNaN(trend[t])) {
                sum[t % m] += x[t] - trend[t];
                count[t % m]++;
            }
        }
        double[] f = new double[m];
        double mean = 0;
        for (int j = 0; j < m; j++) {
            f[j] = count[j] == 0 ? 0 : sum[j] / count[j];
            mean += f[j] / m;
        }
        for (int j = 0; j < m; j++) {
            f[j] -= mean;
        }
        return f;
    }

    /** The sum of all seasonal figures at time t (t may be beyond the end, for forecasts). */
    public double seasonalAt(int t) {
        double s = 0;
        for (int k = 0; k < seasons.length; k++) {
            s += figures[k][t % seasons[k]];
        }
        return s;
    }

    public double[] adjusted(double[] y) {
        double[] a = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            a[t] = y[t] - seasonalAt(t);
        }
        return a;
    }

    public int[] seasons() {
        return seasons.clone();
    }

    /** Wraps a model fitted to the adjusted series: its forecasts plus the seasons, repeated. */
    public FittedModel reseasonalise(FittedModel adjustedModel) {
        return new Reseasonalised(adjustedModel, this);
    }

    int length() {
        return n;
    }

    private record Reseasonalised(FittedModel inner, MultiSeasonalDecomposition d) implements FittedModel {

        @Override
        public MethodName method() {
            return inner.method();
        }

        @Override
        public String description() {
            return inner.description() + " on the series with seasons " + Arrays.toString(d.seasons) + " removed";
        }

        @Override
        public double[] parameters() {
            return inner.parameters();
        }

        @Override
        public java.util.Map<String, Double> namedParameters() {
            return inner.namedParameters();
        }

        @Override
        public Double informationCriterion() {
            return inner.informationCriterion();
        }

        @Override
        public double[] forecast(int horizon) {
            double[] f = inner.forecast(horizon);
            for (int h = 0; h < horizon; h++) {
                f[h] += d.seasonalAt(d.n + h);
            }
            return f;
        }

        @Override
        public PredictionInterval interval(int horizon, double level) {
            return inner.interval(horizon, level).mapBounds((v, h) -> v + d.seasonalAt(d.n + h));
        }
    }
}
