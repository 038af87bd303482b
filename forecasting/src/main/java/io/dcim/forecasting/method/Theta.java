package io.dcim.forecasting.method;

/**
 * The Theta method (Assimakopoulos &amp; Nikolopoulos 2000) in the form Hyndman &amp; Billah (2003)
 * showed it to be, simple exponential smoothing with drift, as R's {@code thetaf()}:
 * <ol>
 *   <li>if the series is seasonal at lag m ({@link SeasonalityTest}), divide out the seasonal
 *       figure of a classical multiplicative decomposition (additive when the data are not all
 *       positive);</li>
 *   <li>fit ETS(A,N,N) (SES) by maximum likelihood;</li>
 *   <li>forecast SES + b/2·(h - 1 + (1 - (1 - alpha)^n)/alpha), b the least-squares slope;</li>
 *   <li>put the season back. Intervals are SES's, reseasonalised.</li>
 * </ol>
 */
public final class Theta implements ForecastMethod<FittedModel> {

    @Override
    public MethodName name() {
        return MethodName.THETA;
    }

    @Override
    public int minimumLength(int seasonLength) {
        return 6;
    }

    @Override
    public FittedModel fit(double[] series, int seasonLength, double[] warmStart) {
        int m = seasonLength;
        int n = series.length;
        boolean seasonal = m > 1 && m <= 4 * Ets.MAX_SEASON && SeasonalityTest.isSeasonal(series, m);
        boolean multiplicative = true;
        for (double v : series) {
            multiplicative &= v > 0;
        }
        double[] figure = null;
        double[] adjusted = series;
        if (seasonal) {
            figure = ClassicalDecomposition.of(series, m, multiplicative).figure();
            adjusted = new double[n];
            for (int t = 0; t < n; t++) {
                adjusted[t] = multiplicative ? series[t] / figure[t % m] : series[t] - figure[t % m];
            }
        }
        EtsModel ses = EtsFit.fit(new EtsSpec(false, EtsSpec.Trend.NONE, EtsSpec.Season.NONE), adjusted, 1,
                Ets.EVALUATIONS);
        double slope = leastSquaresSlope(adjusted);
        return new ThetaModel(ses, slope / 2, n, m, figure, multiplicative);
    }

    /** The slope of the least-squares line through y (0 for a single point). */
    static double leastSquaresSlope(double[] y) {
        LeastSquaresLine line = LeastSquaresLine.of(y);
        return line.stt() == 0 ? 0 : line.slope();
    }

    /** SES plus half the linear drift, with the season put back. */
    static final class ThetaModel implements FittedModel {
        private final EtsModel ses;
        private final double drift;
        private final int n;
        private final int m;
        private final double[] figure;
        private final boolean multiplicative;

        ThetaModel(EtsModel ses, double drift, int n, int m, double[] figure, boolean multiplicative) {
            this.ses = ses;
            this.drift = drift;
            this.n = n;
            this.m = m;
            this.figure = figure;
            this.multiplicative = multiplicative;
        }

        @Override
        public MethodName method() {
            return MethodName.THETA;
        }

        @Override
        public String description() {
            return figure == null ? "Theta" : "Theta, " + (multiplicative ? "multiplicative" : "additive")
                    + " seasonal adjustment";
        }

        @Override
        public double[] parameters() {
            return new double[] {ses.parameters()[0], drift};
        }

        @Override
        public java.util.Map<String, Double> namedParameters() {
            java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
            out.put("alpha", ses.parameters()[0]);
            out.put("drift", drift);
            out.put("sigma2", ses.sigma2());
            return out;
        }

        @Override
        public double[] forecast(int horizon) {
            double[] f = ses.forecast(horizon);
            double start = driftStart();
            for (int h = 0; h < horizon; h++) {
                f[h] = reseason(f[h] + drift * (h + start), h);
            }
            return f;
        }

        @Override
        public PredictionInterval interval(int horizon, double level) {
            double start = driftStart();
            return ses.interval(horizon, level).mapBounds((v, h) -> reseason(v + drift * (h + start), h));
        }

        /** Where the drift line stands at the first forecast step, in steps: (1 - (1 - alpha)^n) / alpha. */
        private double driftStart() {
            double alpha = ses.parameters()[0];
            return (1 - Math.pow(1 - alpha, n)) / alpha;
        }

        private double reseason(double v, int h) {
            if (figure == null) {
                return v;
            }
            double s = figure[(n + h) % m];
            return multiplicative ? v * s : v + s;
        }
    }
}
