package io.dcim.forecasting.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * The stored R export ({@code forecasting/bench/r-export}, read from the module directory where
 * Maven runs the tests): the benchmark's MASE agrees with R's own {@code accuracy()} on every
 * stored R forecast (written by {@code bench/r-accuracy.R}), so the two sides are scored by the
 * same yardstick, and the collection keeps the breadth issue #15 asks for.
 */
class StoredForecastsTest {

    private static final Path EXPORT = Path.of("bench", "r-export");

    @Test
    void everyStoredRForecastScoresTheSameMaseHereAsInR() {
        BenchData data = BenchData.read(EXPORT);
        CsvTable rAccuracy = CsvTable.read(EXPORT.resolve("r-accuracy.csv"));

        assertThat(rAccuracy.size()).isEqualTo(data.series().size() * data.rMethods().size());
        for (int row = 0; row < rAccuracy.size(); row++) {
            String id = rAccuracy.text(row, "id");
            String method = rAccuracy.text(row, "method");
            BenchSeries series = data.series().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
            BenchForecast forecast = data.r(id, method).orElseThrow();

            double mase = ForecastAccuracy.mase(series.training(), series.shortestSeason(), series.actual(),
                    forecast.point());

            assertThat(mase).as("%s / %s", id, method).isCloseTo(rAccuracy.number(row, "mase"), withinPercentage(1e-6));
        }
    }

    @Test
    void theCollectionHoldsAtLeastThirtySeriesOfEveryPeriodWithAllFiveRMethods() {
        BenchData data = BenchData.read(EXPORT);

        assertThat(data.series()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(data.series()).extracting(BenchSeries::period)
                .contains("month", "quarter", "half-hour", "hour");
        assertThat(data.rMethods()).containsExactly("ets", "auto.arima", "thetaf", "snaive", "stlf");
    }
}
