package io.dcim.console.purchase;

import io.dcim.console.power.ChartWords;
import io.dcim.console.chart.ChartDates;
import io.dcim.console.chart.Charts;
import io.dcim.procurement.depreciation.Period;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;

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
        JFreeChart chart = ChartDates.calendarLines(words.get("title", assetTag), words.get("axis"), locale, bookValue,
                accumulated);
        Charts.solidLines(chart.getXYPlot(), Charts.BLUE, Charts.ORANGE);
        return Charts.png(chart, width, height);
    }
}
