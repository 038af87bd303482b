package io.dcim.console.purchase;

import io.dcim.common.text.DateTexts;
import io.dcim.console.chart.ChartDates;
import io.dcim.console.chart.Charts;
import io.dcim.console.power.ChartWords;
import io.dcim.forecasting.economics.MarginMonth;
import io.dcim.forecasting.economics.PurchaseMargin;
import org.jfree.chart.JFreeChart;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;

/** A purchase's monthly gross margin, its revenue and costs, and the margin added up, as a PNG (the approval panel). */
final class MarginOutlookChart {

    private MarginOutlookChart() {
    }

    static byte[] png(PurchaseMargin outlook, java.util.Locale locale, int width, int height) {
        ChartWords words = ChartWords.of(MarginOutlookChart.class, locale);
        TimeSeries revenue = new TimeSeries(words.get("revenue"));
        TimeSeries costs = new TimeSeries(words.get("costs"));
        TimeSeries margin = new TimeSeries(words.get("margin"));
        TimeSeries cumulative = new TimeSeries(words.get("cumulative"));
        for (MarginMonth m : outlook.months()) {
            Month month = new Month(m.month().getMonthValue(), m.month().getYear());
            revenue.add(month, m.revenue());
            costs.add(month, m.totalCost());
            margin.add(month, m.grossMargin());
            cumulative.add(month, m.cumulativeMargin());
        }
        String title = outlook.breakEven() == null ? words.get("titleNoBreakEven")
                : words.get("title", DateTexts.month(outlook.breakEven(), locale));
        JFreeChart chart = ChartDates.calendarLines(title, words.get("axis"), locale, revenue, costs, margin, cumulative);
        Charts.solidLines(chart.getXYPlot(), Charts.BLUE, Charts.ORANGE, java.awt.Color.DARK_GRAY,
                new java.awt.Color(0x2e, 0x7d, 0x32));
        return Charts.png(chart, width, height);
    }
}
