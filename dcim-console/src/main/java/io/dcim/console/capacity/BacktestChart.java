package io.dcim.console.capacity;

import io.dcim.console.power.ChartWords;
import io.dcim.console.chart.Charts;
import io.dcim.console.chart.Charts.Pen;
import io.dcim.forecasting.backtest.BacktestErrors;
import io.dcim.forecasting.method.MethodName;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Each method's backtest errors side by side (sMAPE and MASE), so the user sees why the
 * chosen method was chosen and how close the others came before overriding it.
 */
final class BacktestChart {

    private BacktestChart() {
    }

    static JFreeChart of(String title, Map<MethodName, BacktestErrors> backtests, MethodName chosen) {
        return of(ChartWords.of(ResourceCharts.class, java.util.Locale.ROOT), title, backtests, chosen);
    }

    static JFreeChart of(ChartWords words, String title, Map<MethodName, BacktestErrors> backtests, MethodName chosen) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        backtests.forEach((method, errors) -> {
            String name = MethodNames.of(method, words.locale());
            String label = method == chosen ? words.get("backtests.chosen", name) : name;
            if (Double.isFinite(errors.smape())) {
                data.addValue(errors.smape(), "sMAPE %", label);
            }
            if (Double.isFinite(errors.mase())) {
                // MASE is a ratio to seasonal-naive (1.0 = as good as the baseline); shown ×100 on the same axis.
                data.addValue(errors.mase() * 100, "MASE × 100", label);
            }
        });
        JFreeChart chart = Charts.styled(ChartFactory.createBarChart(title, null, words.get("backtests.axis"), data,
                PlotOrientation.HORIZONTAL, true, false, false));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setRangeGridlinePaint(Charts.GRID);
        BarRenderer renderer = Charts.drawn((BarRenderer) plot.getRenderer(), Pen.paint(Charts.BLUE),
                Pen.paint(Charts.GREY));
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        return chart;
    }
}
