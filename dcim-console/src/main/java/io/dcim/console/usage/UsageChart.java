package io.dcim.console.usage;

import io.dcim.console.chart.ChartDates;
import io.dcim.console.chart.Charts;
import io.dcim.console.chart.Charts.Pen;
import io.dcim.console.power.ChartWords;
import io.dcim.forecasting.usage.UtilizationTotal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;

/** Utilization over time: card-hours used and allocated as shares of the card-hours available, month by month. */
final class UsageChart {

    private UsageChart() {
    }

    /** {@code months}: the site's totals grouped by month (keys {@code 2025-03}). */
    static JFreeChart of(List<UtilizationTotal> months, Locale locale) {
        ChartWords words = ChartWords.of(UsageChart.class, locale);
        TimeSeries used = new TimeSeries(words.get("chart.used"));
        TimeSeries allocated = new TimeSeries(words.get("chart.allocated"));
        for (UtilizationTotal m : months) {
            String[] ym = m.key().split("-");
            Month month = new Month(Integer.parseInt(ym[1]), Integer.parseInt(ym[0]));
            used.add(month, percent(m.utilization()));
            if (m.allocatedShare() != null) {
                allocated.add(month, percent(m.allocatedShare()));
            }
        }
        JFreeChart chart = ChartDates.calendarLines(words.get("chart.title"), words.get("chart.axis"), locale, used,
                allocated);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(Charts.drawn(new XYLineAndShapeRenderer(true, true), Pen.solid(Charts.BLUE),
                Pen.dashed(Charts.ORANGE)));
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
        return chart;
    }

    private static double percent(BigDecimal share) {
        return share.doubleValue() * 100;
    }
}
