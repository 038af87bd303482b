package io.dcim.console.capacity;

import io.dcim.console.power.ChartWords;
import io.dcim.console.chart.ChartDates;
import io.dcim.console.chart.Charts;
import io.dcim.console.chart.Charts.Pen;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * What a manager reads before a purchase meeting, in one picture: the history of use, the
 * forecast with its 80% band, the capacity as a step line (it moves when orders
 * arrive or contracts end) and a marker where each recommended purchase must be ordered.
 */
final class ForecastChart {

    private static final java.util.TimeZone UTC = java.util.TimeZone.getTimeZone(ZoneOffset.UTC);

    private final String title;
    private final String unit;
    private final TimeSeries history;
    private final TimeSeries demand;
    private final YIntervalSeries band80;
    private final TimeSeries capacity;
    private final TimeSeries usable;
    private final List<Map.Entry<LocalDate, String>> orders = new java.util.ArrayList<>();
    private final java.util.Locale locale;

    ForecastChart(String title, String unit) {
        this(title, unit, ChartWords.of(ResourceCharts.class, java.util.Locale.ROOT));
    }

    ForecastChart(String title, String unit, ChartWords words) {
        this.title = title;
        this.unit = unit;
        this.history = new TimeSeries(words.get("forecast.history"));
        this.demand = new TimeSeries(words.get("forecast.demand"));
        this.band80 = new YIntervalSeries(words.get("forecast.band80"));
        this.capacity = new TimeSeries(words.get("forecast.capacity"));
        this.usable = new TimeSeries(words.get("forecast.usable"));
        this.locale = words.locale();
    }

    ForecastChart history(LocalDate day, double value) {
        history.addOrUpdate(day(day), value);
        return this;
    }

    ForecastChart forecast(LocalDate day, double point, double low80, double high80) {
        demand.addOrUpdate(day(day), point);
        band80.add(millis(day), point, low80, high80);
        return this;
    }

    ForecastChart capacity(NavigableMap<LocalDate, Double> steps, double headroom) {
        steps.forEach((day, value) -> {
            capacity.addOrUpdate(day(day), value);
            usable.addOrUpdate(day(day), value * (1 - headroom));
        });
        return this;
    }

    ForecastChart orderBy(LocalDate day, String label) {
        orders.add(Map.entry(day, label));
        return this;
    }

    JFreeChart build() {
        TimeSeriesCollection lines = new TimeSeriesCollection(UTC);
        lines.addSeries(history);
        lines.addSeries(demand);
        JFreeChart chart = Charts.styled(ChartFactory.createTimeSeriesChart(title, null, unit, lines, true, false, false));
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(0, Charts.drawn(new XYLineAndShapeRenderer(true, false), Pen.solid(Charts.BLUE),
                Pen.solid(Charts.ORANGE)));

        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(band80);
        DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
        bandRenderer.setSeriesFillPaint(0, new Color(0xF0, 0x8C, 0x00, 0x40));
        bandRenderer.setSeriesPaint(0, new Color(0, 0, 0, 0));
        bandRenderer.setAlpha(1f);
        plot.setDataset(1, bands);
        plot.setRenderer(1, bandRenderer);

        TimeSeriesCollection steps = new TimeSeriesCollection(UTC);
        steps.addSeries(capacity);
        steps.addSeries(usable);
        plot.setDataset(2, steps);
        plot.setRenderer(2, Charts.drawn(new XYStepRenderer(), Pen.solid(Charts.GREEN), Pen.dashed(Charts.GREEN)));

        for (Map.Entry<LocalDate, String> order : orders) {
            ValueMarker marker = new ValueMarker(millis(order.getKey()), Charts.RED, Charts.DASHED);
            marker.setLabel(order.getValue());
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(marker, Layer.FOREGROUND);
        }
        // Days have no zone: the series, the band and the markers are all placed on UTC's calendar, and read on it.
        ChartDates.localize((DateAxis) plot.getDomainAxis(), ZoneOffset.UTC, locale).setLowerMargin(0.01);
        return chart;
    }

    private static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
