package io.dcim.console.purchase;

import io.dcim.console.power.ChartWords;
import io.dcim.console.chart.ChartDates;
import io.dcim.console.chart.Charts;
import io.dcim.procurement.depreciation.Period;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** An asset's net book value and accumulated depreciation month by month, as a PNG. */
final class BookValueChart {

    private BookValueChart() {
    }

    static byte[] png(String assetTag, java.util.Locale locale, List<Period> periods, int width, int height) {
        ChartWords words = ChartWords.of(BookValueChart.class, locale);
        TimeSeries bookValue = new TimeSeries(words.get("nbv"));
        TimeSeries accumulated = new TimeSeries(words.get("accumulated"));
        for (Period p : periods) {
            Month month = new Month(p.month().getMonthValue(), p.month().getYear());
            bookValue.add(month, p.netBookValue());
            accumulated.add(month, p.accumulated());
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(bookValue);
        data.addSeries(accumulated);
        JFreeChart chart = ChartDates.ofCalendar(Charts.styled(ChartFactory.createTimeSeriesChart(words.get("title", assetTag),
                null, words.get("axis"), data, true, false, false)), locale);
        XYPlot plot = chart.getXYPlot();
        plot.getRenderer().setSeriesPaint(0, Charts.BLUE);
        plot.getRenderer().setSeriesPaint(1, Charts.ORANGE);
        plot.getRenderer().setSeriesStroke(0, Charts.LINE);
        plot.getRenderer().setSeriesStroke(1, Charts.LINE);
        return Charts.png(chart, width, height);
    }
}
