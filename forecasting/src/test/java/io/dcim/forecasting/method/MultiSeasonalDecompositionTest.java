package io.dcim.forecasting.method;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

public class MultiSeasonalDecompositionTest {

    /** Hourly power of a hall: a daily cycle, lower on weekends, slow growth and noise (kW). */
    public static double[] hourlyPower(int hours, long seed) {
        Random random = new Random(seed);
        double[] y = new double[hours];
        for (int t = 0; t < hours; t++) {
            int hour = t % 24;
            int day = (t / 24) % 7;
            double daily = 40 * Math.sin(2 * Math.PI * (hour - 6) / 24);
            double weekend = day >= 5 ? -60 : 0;
            y[t] = 800 + 0.05 * t + daily + weekend + 8 * random.nextGaussian();
        }
        return y;
    }

    @Test
    void dailyAndWeeklyPatternsAreRecoveredApart() {
        double[] y = new double[24 * 7 * 6];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 + 10 * Math.sin(2 * Math.PI * t / 24) + ((t / 24) % 7 >= 5 ? -20 : 0);
        }

        MultiSeasonalDecomposition d = MultiSeasonalDecomposition.of(y, new int[] {24, 168});
        double[] adjusted = d.adjusted(y);

        // With both patterns removed only the level is left.
        for (int t = 168; t < y.length - 168; t++) {
            assertThat(adjusted[t]).isCloseTo(100 - 40.0 / 7, within(0.5));
        }
    }

    @Test
    void aWeekOfHourlyPowerIsForecastWithinTheRangeSeenAndBeatsRepeatingLastWeek() {
        double[] all = hourlyPower(24 * 7 * 5, 3);
        int n = all.length - 168;
        double[] history = java.util.Arrays.copyOf(all, n);

        Map<MethodName, FittedModel> fits = AutomaticCandidates.fit(history, new int[] {24, 168}).models();

        double naiveError = 0;
        for (int h = 0; h < 168; h++) {
            naiveError += Math.abs(all[n + h] - history[n - 168 + h]);
        }
        for (FittedModel model : fits.values()) {
            double[] f = model.forecast(168);
            double error = 0;
            for (int h = 0; h < 168; h++) {
                assertThat(f[h]).as(model.description()).isBetween(600.0, 1000.0);
                error += Math.abs(all[n + h] - f[h]);
            }
            assertThat(error).as(model.description()).isLessThan(naiveError);
            assertThat(model.description()).contains("[24, 168] removed");
        }
    }
}
