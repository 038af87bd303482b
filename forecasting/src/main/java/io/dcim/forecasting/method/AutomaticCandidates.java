package io.dcim.forecasting.method;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the automatic choice's candidates to one series in one go, so the ETS forms are fitted
 * once and shared: ETS (lowest AICc), Theta, and their combination with the best damped-trend
 * ETS form. With a season longer than {@link Ets#MAX_SEASON} or several seasons (hourly power:
 * a day and a week), the seasons are removed first ({@link MultiSeasonalDecomposition}), the
 * candidates are fitted without season to what is left, and the seasons are added back.
 *
 * <p>Cross-validation fits the same series cut at successive origins. Passing the fits of an
 * earlier cut warm-starts every ETS form from its optimum there: that cut holds only data before
 * the current one, so nothing leaks from the future, and each form then needs a fifth of the
 * evaluations of a cold fit.
 */
public final class AutomaticCandidates {

    /** The methods fitted here, simplest first (ties in the selection go to the earlier one). */
    public static final List<MethodName> METHODS = List.of(MethodName.THETA, MethodName.ETS, MethodName.COMBINATION);

    /** The candidates fitted to one cut of a series. */
    public record Fits(Map<MethodName, FittedModel> models, List<EtsModel> etsForms) {

        public Fits {
            models = Collections.unmodifiableMap(new EnumMap<>(models));
            etsForms = List.copyOf(etsForms);
        }

        public FittedModel get(MethodName name) {
            return models.get(name);
        }

        static final Fits NONE = new Fits(new EnumMap<>(MethodName.class), List.of());
    }

    private AutomaticCandidates() {
    }

    /** Whether these seasons need the decomposition (several, or one too long for seasonal states). */
    public static boolean needsDecomposition(int[] seasons) {
        return seasons.length > 1 || (seasons.length == 1 && seasons[0] > Ets.MAX_SEASON);
    }

    /** Fits all candidates to y; {@code seasons} holds the season lengths (first the main one). */
    public static Fits fit(double[] y, int[] seasons) {
        return fit(y, seasons, null);
    }

    /** As above, warm-started from the fits of a shorter cut of the same series (nullable). */
    public static Fits fit(double[] y, int[] seasons, Fits shorterCut) {
        List<EtsModel> warm = shorterCut == null ? List.of() : shorterCut.etsForms();
        if (needsDecomposition(seasons)) {
            int[] fitting = Arrays.stream(seasons).filter(s -> y.length >= 2 * s).toArray();
            if (fitting.length > 0) {
                MultiSeasonalDecomposition d = MultiSeasonalDecomposition.of(y, fitting);
                Fits inner = fitSingleSeason(d.adjusted(y), 1, warm);
                Map<MethodName, FittedModel> out = new EnumMap<>(MethodName.class);
                inner.models().forEach((name, model) -> out.put(name, d.reseasonalise(model)));
                return new Fits(out, inner.etsForms());
            }
        }
        return fitSingleSeason(y, seasons.length == 0 ? 1 : seasons[0], warm);
    }

    private static Fits fitSingleSeason(double[] y, int m, List<EtsModel> warm) {
        List<EtsModel> forms = Ets.fitAll(y, m, warm);
        EtsModel ets = forms.get(0);
        FittedModel theta = new Theta().fit(y, m);
        List<FittedModel> members = new ArrayList<>(List.of(ets, theta));
        forms.stream().filter(f -> f.spec().damped() && f != ets).findFirst().ifPresent(members::add);
        Map<MethodName, FittedModel> out = new EnumMap<>(MethodName.class);
        out.put(MethodName.THETA, theta);
        out.put(MethodName.ETS, ets);
        out.put(MethodName.COMBINATION, new CombinedModel(members));
        return new Fits(out, forms);
    }
}
