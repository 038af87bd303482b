package io.dcim.forecasting.method;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Automatic exponential smoothing: every admissible ETS form is fitted by maximum likelihood and
 * the one with the lowest AICc is kept (Hyndman et al. 2002, 2008; R's {@code ets()}).
 *
 * <p>Forms considered, as R's defaults: errors A and M; trend N, A and Ad; season N, A and M,
 * without the numerically unstable additive-error/multiplicative-season forms. Multiplicative
 * forms need strictly positive data. Seasonal forms need two full seasons and a season of at most
 * {@value #MAX_SEASON} (longer seasons have too many states to estimate; the forecaster removes
 * them by decomposition first). A form with as many parameters as the series has points, less
 * four, is skipped (R's rule), so a short series gets only the simpler forms.
 */
public final class Ets implements ForecastMethod<EtsModel> {

    /** Longest season modelled by seasonal states (R's ets() refuses more than 24). */
    public static final int MAX_SEASON = 24;
    /** Nelder-Mead evaluations per form (restart included). */
    static final int EVALUATIONS = 200;
    /** AICc behind the best beyond which a form is not refitted on a longer cut of the series. */
    static final double PRUNE_AICC = 10;
    /** Fewest points of a long series that ETS is fitted to (see {@link #recent}). */
    static final int MIN_FIT_POINTS = 240;
    /** Seasons of a long series that ETS is fitted to (see {@link #recent}). */
    static final int FIT_SEASONS = 20;
    /** Evaluations per form in the coarse pass of a fit with no earlier cut to start from. */
    static final int COARSE_EVALUATIONS = 60;
    /** The coarse pass's pruning margin (a wider one, 20, gained nothing on the side-by-side collection). */
    static final double COARSE_PRUNE_AICC = 10;
    /** How long the shorter cut must be, relative to this one, for its AICc ranking to prune. */
    static final double PRUNE_LENGTH_RATIO = 0.85;

    @Override
    public MethodName name() {
        return MethodName.ETS;
    }

    @Override
    public int minimumLength(int seasonLength) {
        return 6;
    }

    @Override
    public EtsModel fit(double[] series, int seasonLength, double[] warmStart) {
        return fitAll(series, seasonLength).get(0);
    }

    /** All forms that could be fitted, best (lowest AICc) first. Never empty for >= 6 points. */
    public static List<EtsModel> fitAll(double[] y, int m) {
        return fitAll(y, m, List.of());
    }

    /**
     * As above, each form warm-started from the same form in {@code shorterPrefix} (fits of the
     * same series cut earlier, so no later data leak in) when there is one. A form that trailed
     * the best by more than {@value #PRUNE_AICC} AICc on the shorter cut (an Akaike weight under
     * 1%) is not fitted again, if that cut was nearly as long ({@value #PRUNE_LENGTH_RATIO}): on a
     * much shorter cut the seasonal forms pay a penalty for their m states that a longer one does
     * not. The best damped form is always kept, the combination uses it.
     */
    static List<EtsModel> fitAll(double[] series, int m, List<EtsModel> shorterPrefix) {
        double[] y = recent(series, m);
        List<EtsSpec> specs = candidates(y, m);
        List<EtsModel> start = shorterPrefix;
        double margin = PRUNE_AICC;
        if (shorterPrefix.isEmpty() || shorterPrefix.get(0).length() < PRUNE_LENGTH_RATIO * y.length) {
            // No usable earlier cut: a coarse pass over every form plays its part, and the
            // survivors are refined from there.
            start = fitForms(y, m, specs, List.of(), COARSE_EVALUATIONS);
            margin = COARSE_PRUNE_AICC;
        }
        List<EtsModel> fitted = fitForms(y, m, survivors(specs, start, margin), start, EVALUATIONS);
        if (fitted.isEmpty()) {
            // Cannot happen for the additive forms with >= 6 points, but never return nothing.
            fitted.add(EtsFit.fit(new EtsSpec(false, EtsSpec.Trend.NONE, EtsSpec.Season.NONE), y, m, EVALUATIONS));
        }
        return fitted;
    }

    /**
     * The last max({@value #MIN_FIT_POINTS}, {@value #FIT_SEASONS} seasons) points: the states
     * forget older data at the rate alpha sets anyway, and fitting a long series in full made
     * the benchmark of 1,000 two-year daily series three times slower for no measurable gain.
     * Models fitted to this window forecast from the same end, so nothing else changes.
     */
    static double[] recent(double[] y, int m) {
        int keep = Math.max(MIN_FIT_POINTS, FIT_SEASONS * m);
        return y.length <= keep ? y : java.util.Arrays.copyOfRange(y, y.length - keep, y.length);
    }

    /** The forms within {@code margin} AICc of the best in {@code ranked}, and its best damped form. */
    private static List<EtsSpec> survivors(List<EtsSpec> specs, List<EtsModel> ranked, double margin) {
        if (ranked.isEmpty()) {
            return specs;
        }
        double best = ranked.get(0).aicc();
        EtsSpec bestDamped = bestDamped(ranked).map(EtsModel::spec).orElse(null);
        List<EtsSpec> kept = ranked.stream()
                .filter(f -> f.aicc() <= best + margin || f.spec().equals(bestDamped))
                .map(EtsModel::spec).toList();
        List<EtsSpec> survivors = specs.stream().filter(kept::contains).toList();
        return survivors.isEmpty() ? specs : survivors;
    }

    /** Fits the forms, each warm-started from its own fit in {@code warm} if any; best AICc first. */
    private static List<EtsModel> fitForms(double[] y, int m, List<EtsSpec> specs, List<EtsModel> warm,
                                           int evaluations) {
        List<EtsModel> fitted = new ArrayList<>();
        for (EtsSpec spec : specs) {
            double[] from = warm.stream().filter(f -> f.spec().equals(spec)).findFirst()
                    .map(EtsModel::unit).orElse(null);
            EtsModel model = EtsFit.fit(spec, y, m, evaluations, from);
            if (model != null && Double.isFinite(model.aicc())) {
                fitted.add(model);
            }
        }
        fitted.sort(Comparator.comparingDouble(EtsModel::aicc));
        return fitted;
    }

    /** The best damped-trend form among those fitted (for the combination), if any. */
    public static Optional<EtsModel> bestDamped(List<EtsModel> fitted) {
        return fitted.stream().filter(f -> f.spec().damped()).findFirst();
    }

    static List<EtsSpec> candidates(double[] y, int m) {
        boolean positive = true;
        for (double v : y) {
            positive &= v > 0;
        }
        boolean seasonalAllowed = m > 1 && m <= MAX_SEASON && y.length >= 2 * m;
        List<EtsSpec> specs = new ArrayList<>();
        for (boolean multError : new boolean[] {false, true}) {
            for (EtsSpec.Trend trend : EtsSpec.Trend.values()) {
                for (EtsSpec.Season season : EtsSpec.Season.values()) {
                    EtsSpec spec = new EtsSpec(multError, trend, season);
                    if ((spec.needsPositiveData() && !positive)
                            || (spec.seasonal() && !seasonalAllowed)
                            || (!multError && season == EtsSpec.Season.MULTIPLICATIVE)
                            || y.length <= spec.parameterCount(seasonalAllowed ? m : 1) + 4) {
                        continue;
                    }
                    specs.add(spec);
                }
            }
        }
        return specs;
    }
}
