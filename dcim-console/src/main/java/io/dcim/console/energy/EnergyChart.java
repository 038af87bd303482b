package io.dcim.console.energy;

import io.dcim.common.text.DateTexts;
import io.dcim.console.chart.Charts;
import io.dcim.console.chart.Charts.Pen;
import io.dcim.console.power.ChartWords;
import io.dcim.power.energy.EnergyReport;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A site's energy year: IT and facility kWh per month as bars, the month's PUE as a line on its own axis with the
 * 1.5 target drawn across. Texts from {@code EnergyChart[_zh_CN].properties}.
 */
final class EnergyChart {

    private EnergyChart() {
    }

    static JFreeChart of(EnergyReport report, Locale locale) {
        ChartWords words = ChartWords.of(EnergyChart.class, locale);
        DefaultCategoryDataset energy = new DefaultCategoryDataset();
        DefaultCategoryDataset pue = new DefaultCategoryDataset();
        for (EnergyReport.Month m : report.months()) {
            String month = DateTexts.monthOfYear(m.month(), locale);
            energy.addValue(m.figures().itKwh(), words.get("it"), month);
            energy.addValue(m.figures().facilityKwh(), words.get("facility"), month);
            pue.addValue(m.figures().pue(), words.get("pue"), month);
        }
        CategoryPlot plot = new CategoryPlot(energy, new CategoryAxis(words.get("month")),
                new NumberAxis(words.get("kwh")), new BarRenderer());
        BarRenderer bars = Charts.drawn((BarRenderer) plot.getRenderer(), Pen.paint(Charts.BLUE), Pen.paint(Charts.GREY));
        bars.setShadowVisible(false);
        bars.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        NumberAxis pueAxis = new NumberAxis(words.get("pue"));
        pueAxis.setAutoRangeIncludesZero(false);
        plot.setRangeAxis(1, pueAxis);
        plot.setDataset(1, pue);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, Charts.drawn(new LineAndShapeRenderer(), Pen.solid(Charts.ORANGE)));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        ValueMarker target = new ValueMarker(report.targets().pueBelow().doubleValue(), Charts.RED, Charts.DASHED);
        target.setLabel(words.get("target", report.targets().pueBelow().toPlainString()));
        plot.addRangeMarker(1, target, org.jfree.chart.ui.Layer.FOREGROUND);
        JFreeChart chart = new JFreeChart(words.get("title", report.siteName(), String.valueOf(report.year())),
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addLegend(new LegendTitle(plot));
        return Charts.styled(chart);
    }
}
