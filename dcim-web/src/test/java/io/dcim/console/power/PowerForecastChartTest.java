package io.dcim.console.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dcim.forecasting.InformationCriterion;
import io.dcim.forecasting.power.PowerForecast;
import io.dcim.power.load.TrendPoint;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** The forecast chart draws what the forecast says: history in kW, the point and each band, widest first. */
class PowerForecastChartTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-12-06T00:00:00Z");

    @Test
    void historyPointAndBandsAreDrawnInKilowattsWithTheWiderBandFirst() {
        PowerForecast f = forecast(12_000);
        JFreeChart chart = PowerCharts.forecast(f, Duration.ofDays(2), SHANGHAI, ChartWords.of(PowerCharts.class, Locale.ROOT));

        assertThat(chart.getTitle().getText()).isEqualTo("C-01 — forecast, next 1 days");
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset(0).getItemCount(0)).as("the last two days of history").isEqualTo(48);
        assertThat(plot.getDataset(0).getYValue(0, 47)).isCloseTo(8.0, within(1e-9));
        YIntervalSeriesCollection bands = (YIntervalSeriesCollection) plot.getDataset(1);
        assertThat(bands.getSeriesCount()).isEqualTo(2);
        assertThat(bands.getSeriesKey(0)).isEqualTo("95 % interval");
        assertThat(bands.getSeriesKey(1)).isEqualTo("80 % interval");
        assertThat(bands.getItemCount(0)).isEqualTo(24);
        assertThat(bands.getYValue(0, 0)).isCloseTo(9.0, within(1e-9));
        assertThat(bands.getStartYValue(0, 0)).as("95 % lower").isCloseTo(7.0, within(1e-9));
        assertThat(bands.getEndYValue(1, 0)).as("80 % upper").isCloseTo(9.5, within(1e-9));
        assertThat(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).singleElement()
                .satisfies(m -> assertThat(((ValueMarker) m).getValue()).isEqualTo(12.0));
        assertThat(plot.getRangeAxis().getUpperBound()).as("the contract in view").isGreaterThan(12.0);
    }

    @Test
    void chineseReadersReadTheChartInChinese() {
        JFreeChart chart = PowerCharts.forecast(forecast(null), Duration.ofDays(1), SHANGHAI,
                ChartWords.of(PowerCharts.class, Locale.SIMPLIFIED_CHINESE));
        assertThat(chart.getTitle().getText()).isEqualTo("C-01 — 预测，未来 1 天");
        assertThat(chart.getXYPlot().getDataset(1).getSeriesKey(0)).isEqualTo("95% 预测区间");
    }

    @Test
    void aForecastThatCannotBeMadeSaysWhyInsteadOfDrawing() {
        JFreeChart chart = PowerCharts.noForecast("C-01", "not enough readings yet", SHANGHAI,
                ChartWords.of(PowerCharts.class, Locale.ROOT));
        assertThat(chart.getTitle().getText()).isEqualTo("C-01 — forecast");
        assertThat(chart.getXYPlot().getNoDataMessage()).isEqualTo("not enough readings yet");
    }

    /** Four weeks of hourly history at 8 kW, then 24 hours ahead at 9 kW with bands of ±1 kW (95 %) and ±0.5 kW (80 %). */
    private static PowerForecast forecast(Integer contractedW) {
        List<TrendPoint> history = new ArrayList<>();
        for (int h = 28 * 24; h >= 1; h--) {
            history.add(new TrendPoint(NOW.minus(Duration.ofHours(h)), 8_000));
        }
        List<Instant> at = new ArrayList<>();
        double[] point = new double[24];
        double[] low80 = new double[24];
        double[] high80 = new double[24];
        double[] low95 = new double[24];
        double[] high95 = new double[24];
        for (int k = 0; k < 24; k++) {
            at.add(NOW.plus(Duration.ofHours(k)));
            point[k] = 9_000;
            low80[k] = 8_500;
            high80[k] = 9_500;
            low95[k] = 7_000;
            high95[k] = 10_000;
        }
        return new PowerForecast("cabinet", 1, "C-01", contractedW, "PT1H", new int[] {24, 168}, history, 0, at, point,
                List.of(new PowerForecast.Band(80, low80, high80), new PowerForecast.Band(95, low95, high95)), "ets",
                "ETS(A,N,A)", Map.of(), "MASE", new InformationCriterion("AICc", 0), "test", List.of());
    }
}
