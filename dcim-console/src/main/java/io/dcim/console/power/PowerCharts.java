package io.dcim.console.power;

import io.dcim.console.chart.ChartDates;
import io.dcim.console.chart.Charts;
import io.dcim.console.chart.Charts.Pen;
import io.dcim.forecasting.power.PowerForecast;
import io.dcim.power.load.CabinetTrend;
import io.dcim.power.load.FacilitySource;
import io.dcim.power.load.SiteTrend;
import io.dcim.power.load.TrendPoint;
import java.awt.Color;
import java.awt.Font;
import java.time.Duration;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The power charts drawn with JFreeChart: a cabinet's kW against its contracted kW, its inlet temperature against
 * the ASHRAE recommended band, a site's IT load with its PUE. Times are drawn on the site's clock in the reader's
 * language ({@link ChartDates}), as the rest of the console shows them. A gap longer than a few steps breaks the line instead of joining across missing readings.
 */
final class PowerCharts {

    private static final Color BLUE = Charts.BLUE;
    private static final Color ORANGE = Charts.ORANGE;
    private static final Color RED = Charts.RED;
    private static final Color BAND = new Color(0x2E, 0x9E, 0x4F, 0x30);

    private PowerCharts() {
    }

    static JFreeChart cabinetPower(CabinetTrend trend, ChartPeriod period, java.time.ZoneId zone, ChartWords words) {
        TimeSeriesCollection data = new TimeSeriesCollection(series(words.get("power.series"), trend.powerW(), trend.step(),
                w -> w / 1000));
        JFreeChart chart = ChartFactory.createTimeSeriesChart(words.get("power.title", trend.cabinetName(),
                words.get("period." + period.name())), null, "kW", data, true, false, false);
        XYPlot plot = style(chart, trend.from(), trend.to(), zone, words);
        double contractedKw = trend.contractedW() / 1000.0;
        ValueMarker contract = new ValueMarker(contractedKw, RED, Charts.DASHED);
        contract.setLabel(words.get("power.contracted", format(contractedKw)));
        contract.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        contract.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        contract.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        plot.addRangeMarker(contract);
        NumberAxis kw = (NumberAxis) plot.getRangeAxis();
        kw.setAutoRangeIncludesZero(true);
        double top = trend.powerW().stream().mapToDouble(TrendPoint::value).max().orElse(0) / 1000;
        kw.setUpperBound(Math.max(contractedKw, top) * 1.1 + 0.1);
        return chart;
    }

    static JFreeChart cabinetInlet(CabinetTrend trend, ChartPeriod period, java.time.ZoneId zone, ChartWords words) {
        TimeSeriesCollection data = new TimeSeriesCollection(series(words.get("inlet.series"), trend.inletC(), trend.step(),
                c -> c));
        JFreeChart chart = ChartFactory.createTimeSeriesChart(words.get("inlet.title", trend.cabinetName(),
                words.get("period." + period.name())), null, "°C", data, true, false, false);
        XYPlot plot = style(chart, trend.from(), trend.to(), zone, words);
        plot.getRenderer().setSeriesPaint(0, ORANGE);
        IntervalMarker band = new IntervalMarker(trend.inletLowC(), trend.inletHighC(), BAND);
        band.setLabel(words.get("inlet.band", format(trend.inletLowC()), format(trend.inletHighC())));
        band.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
        band.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        band.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        plot.addRangeMarker(band, Layer.BACKGROUND);
        NumberAxis c = (NumberAxis) plot.getRangeAxis();
        c.setAutoRangeIncludesZero(false);
        double low = trend.inletC().stream().mapToDouble(TrendPoint::value).min().orElse(trend.inletLowC());
        double high = trend.inletC().stream().mapToDouble(TrendPoint::value).max().orElse(trend.inletHighC());
        c.setRange(Math.min(low, trend.inletLowC()) - 2, Math.max(high, trend.inletHighC()) + 2);
        return chart;
    }

    /** IT load on the left axis, PUE on the right: the two figures a site's power is judged by. */
    static JFreeChart siteTrend(SiteTrend trend, ChartPeriod period, java.time.ZoneId zone, ChartWords words) {
        TimeSeriesCollection it = new TimeSeriesCollection(series(words.get("site.series"), trend.itW(), trend.step(), w -> w / 1000));
        JFreeChart chart = ChartFactory.createTimeSeriesChart(words.get("site.title", trend.siteName(),
                words.get("period." + period.name())), null, words.get("site.axis"), it, true, false, false);
        XYPlot plot = style(chart, trend.from(), trend.to(), zone, words);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        String pueName = trend.facilitySource() == FacilitySource.DESIGN_PUE ? words.get("site.pueDesign") : "PUE";
        plot.setDataset(1, new TimeSeriesCollection(series(pueName, trend.pue(), trend.step(), p -> p)));
        NumberAxis pueAxis = new NumberAxis("PUE");
        pueAxis.setAutoRangeIncludesZero(false);
        double high = trend.pue().stream().mapToDouble(TrendPoint::value).max().orElse(1.6);
        pueAxis.setRange(1.0, Math.max(1.6, high + 0.1));
        plot.setRangeAxis(1, pueAxis);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, Charts.drawn(new XYLineAndShapeRenderer(true, false), Pen.solid(ORANGE)));
        return chart;
    }

    /**
     * The measured history leading up to now ({@code shown} of it), then the point forecast with its bands (the
     * wider level lighter), and a cabinet's contracted kW: where the load is heading and how sure that is.
     */
    static JFreeChart forecast(PowerForecast f, Duration shown, java.time.ZoneId zone, ChartWords words) {
        Duration step = Duration.parse(f.step());
        java.time.Instant from = f.at().get(0).minus(shown);
        List<TrendPoint> recent = f.history().stream().filter(p -> !p.at().isBefore(from)).toList();
        TimeSeriesCollection measured = new TimeSeriesCollection(series(words.get("forecast.measured"), recent, step,
                w -> w / 1000));
        long hours = Duration.between(f.at().get(0), f.at().get(f.at().size() - 1)).plus(step).toHours();
        String ahead = hours % 24 == 0 ? words.get("forecast.aheadDays", hours / 24) : words.get("forecast.aheadHours", hours);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(words.get("forecast.title", f.name(), ahead), null, "kW",
                measured, true, false, false);
        XYPlot plot = style(chart, from, f.at().get(f.at().size() - 1), zone, words);
        YIntervalSeriesCollection forecast = new YIntervalSeriesCollection();
        DeviationRenderer bands = new DeviationRenderer(true, false);
        List<PowerForecast.Band> widestFirst = f.intervals().stream()
                .sorted(java.util.Comparator.comparingDouble(PowerForecast.Band::level).reversed()).toList();
        for (int b = 0; b < widestFirst.size(); b++) {
            PowerForecast.Band band = widestFirst.get(b);
            YIntervalSeries series = new YIntervalSeries(words.get("forecast.band", format(band.level())));
            for (int k = 0; k < f.at().size(); k++) {
                series.add(f.at().get(k).toEpochMilli(), f.pointW()[k] / 1000, Math.max(0, band.lower()[k] / 1000),
                        band.upper()[k] / 1000);
            }
            forecast.addSeries(series);
            bands.setSeriesFillPaint(b, new Color(BLUE.getRed(), BLUE.getGreen(), BLUE.getBlue(), 40 + 50 * b));
            bands.setSeriesPaint(b, BLUE);
            bands.setSeriesStroke(b, Charts.DASHED);
        }
        if (widestFirst.isEmpty()) {
            YIntervalSeries point = new YIntervalSeries(words.get("forecast.point"));
            for (int k = 0; k < f.at().size(); k++) {
                point.add(f.at().get(k).toEpochMilli(), f.pointW()[k] / 1000, f.pointW()[k] / 1000, f.pointW()[k] / 1000);
            }
            forecast.addSeries(point);
            bands.setSeriesPaint(0, BLUE);
            bands.setSeriesStroke(0, Charts.DASHED);
        }
        bands.setAlpha(1f);
        plot.setDataset(1, forecast);
        plot.setRenderer(1, bands);
        NumberAxis kw = (NumberAxis) plot.getRangeAxis();
        kw.setAutoRangeIncludesZero(true);
        if (f.contractedW() != null) {
            ValueMarker contract = new ValueMarker(f.contractedW() / 1000.0, RED, Charts.DASHED);
            contract.setLabel(words.get("power.contracted", format(f.contractedW() / 1000.0)));
            contract.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            contract.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(contract);
            double top = widestFirst.isEmpty() ? 0 : java.util.Arrays.stream(widestFirst.get(0).upper()).max().orElse(0);
            kw.setUpperBound(Math.max(f.contractedW(), top) / 1000 * 1.1 + 0.1);
        }
        ValueMarker now = new ValueMarker(f.at().get(0).toEpochMilli() - step.toMillis(), Charts.GREY, Charts.DASHED);
        now.setLabel(words.get("forecast.now"));
        now.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        now.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(now);
        return chart;
    }

    /** The frame of a forecast that cannot be made yet, saying why in the reader's language. */
    static JFreeChart noForecast(String name, String why, java.time.ZoneId zone, ChartWords words) {
        JFreeChart chart = ChartFactory.createTimeSeriesChart(words.get("forecast.titleNone", name), null, "kW",
                new TimeSeriesCollection(), false, false, false);
        java.time.Instant now = java.time.Instant.now();
        XYPlot plot = style(chart, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)), zone, words);
        plot.setNoDataMessage(why);
        return chart;
    }

    private static TimeSeries series(String name, List<TrendPoint> points, Duration step, DoubleUnaryOperator scale) {
        TimeSeries series = new TimeSeries(name);
        long gapMillis = step.toMillis() * 3;
        Long previous = null;
        for (TrendPoint p : points) {
            long at = p.at().toEpochMilli();
            if (previous != null && at - previous > gapMillis) {
                series.add(new FixedMillisecond(previous + step.toMillis()), null);
            }
            series.add(new FixedMillisecond(at), scale.applyAsDouble(p.value()));
            previous = at;
        }
        return series;
    }

    /**
     * The time axis always spans the period asked for, so gaps and a fresh start read as such; its clock is the
     * site's, named under the axis as every page names it.
     */
    private static XYPlot style(JFreeChart chart, java.time.Instant from, java.time.Instant to, java.time.ZoneId zone,
                                ChartWords words) {
        XYPlot plot = Charts.styled(chart).getXYPlot();
        Charts.solidLines(plot, BLUE);
        DateAxis time = ChartDates.localize((DateAxis) plot.getDomainAxis(), zone, words.locale());
        time.setLabel(io.dcim.console.layout.Times.offset(zone, to));
        time.setRange(java.util.Date.from(from), java.util.Date.from(to));
        plot.setNoDataMessage(words.get("noData"));
        return plot;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
