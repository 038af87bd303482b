package io.dcim.console.economics;

import io.dcim.common.text.DateTexts;
import io.dcim.console.chart.ChartDates;
import io.dcim.console.chart.Charts;
import io.dcim.console.power.ChartWords;
import io.dcim.forecasting.economics.CostAmounts;
import io.dcim.forecasting.economics.EconomicsRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;

/** A site's economics drawn month by month: margin and utilization over time, and the cost stack per card-hour used. */
final class EconomicsCharts {

    private EconomicsCharts() {
    }

    /** Gross margin % and utilization % of each month, as a PNG. */
    static byte[] marginAndUtilization(List<EconomicsRow> months, Locale locale, int width, int height) {
        ChartWords words = ChartWords.of(EconomicsCharts.class, locale);
        TimeSeries margin = new TimeSeries(words.get("margin"));
        TimeSeries utilization = new TimeSeries(words.get("utilization"));
        for (EconomicsRow row : months) {
            YearMonth m = YearMonth.parse(row.key());
            Month month = new Month(m.getMonthValue(), m.getYear());
            if (row.marginPercent() != null) {
                margin.add(month, row.marginPercent());
            }
            if (row.utilization() != null) {
                utilization.add(month, row.utilization().movePointRight(2));
            }
        }
        JFreeChart chart = ChartDates.calendarLines(words.get("marginTitle"), words.get("percentAxis"), locale, margin,
                utilization);
        Charts.solidLines(chart.getXYPlot(), Charts.BLUE, Charts.ORANGE);
        return Charts.png(chart, width, height);
    }

    /** Each month's cost lines divided by the card-hours used, stacked, as a PNG (months with no use are left out). */
    static byte[] costPerCardHour(List<EconomicsRow> months, Locale locale, int width, int height) {
        ChartWords words = ChartWords.of(EconomicsCharts.class, locale);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (EconomicsRow row : months) {
            if (row.cardHoursUsed().signum() == 0) {
                continue;
            }
            CostAmounts c = row.costs();
            add(data, words.get("depreciation"), row, c.depreciation(), locale);
            add(data, words.get("lease"), row, c.lease(), locale);
            add(data, words.get("electricity"), row, c.electricity(), locale);
            add(data, words.get("outsourced"), row, c.outsourced(), locale);
            add(data, words.get("support"), row, c.support(), locale);
        }
        JFreeChart chart = Charts.styled(ChartFactory.createStackedBarChart(words.get("stackTitle"), null,
                words.get("cnyAxis"), data, PlotOrientation.VERTICAL, true, false, false));
        return Charts.png(chart, width, height);
    }

    private static void add(DefaultCategoryDataset data, String line, EconomicsRow row, BigDecimal amount, Locale locale) {
        // A month's bar is labelled as the reader writes a month (Dec 2026, 2026年12月), not by its ISO key.
        data.addValue(amount.divide(row.cardHoursUsed(), 4, RoundingMode.HALF_UP), line,
                DateTexts.month(YearMonth.parse(row.key()), locale));
    }
}
