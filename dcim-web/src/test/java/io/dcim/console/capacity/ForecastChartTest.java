package io.dcim.console.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.console.chart.Charts;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.LengthAdjustmentType;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.junit.jupiter.api.Test;

/** The plan chart's order-by labels, where JFreeChart draws them: apart from each other and inside the chart. */
class ForecastChartTest {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 380;

    @Test
    void orderByLabelsWeeksApartDoNotOverprintEachOtherNorRunOffThePlot() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        ForecastChart chart = new ForecastChart("GPUs: use, forecast demand and capacity", "GPUs");
        TreeMap<LocalDate, Double> capacity = new TreeMap<>();
        for (int m = -24; m <= 24; m++) {
            LocalDate day = today.plusMonths(m);
            if (m <= 0) {
                chart.history(day, 2_000 + 10 * m);
            } else {
                chart.forecast(day, 2_000 + 40 * m, 1_900 + 30 * m, 2_100 + 50 * m);
            }
            capacity.put(day.withDayOfMonth(1), 2_456.0 + (m > 6 ? 512 : 0));
        }
        chart.capacity(capacity, 0.1);
        // What the demo's plan recommends: purchases weeks apart, one at the very start of the chart.
        chart.orderBy(today.minusMonths(24).plusDays(3), "lease 12 cabinets");
        chart.orderBy(today.plusDays(20), "order 64 servers");
        chart.orderBy(today.plusDays(45), "lease 40 cabinets");
        chart.orderBy(today.plusDays(70), "order 120 servers");
        chart.orderBy(today.plusMonths(9), "order 32 servers");
        JFreeChart built = chart.build();

        Charts.png(built, WIDTH, HEIGHT); // lays the labels out for this size, as the page does

        List<Rectangle2D> labels = drawnLabels(built);
        assertThat(labels).hasSize(5);
        for (int i = 0; i < labels.size(); i++) {
            Rectangle2D label = labels.get(i);
            assertThat(label.getMinX()).as("label %d inside the chart", i).isGreaterThanOrEqualTo(0);
            assertThat(label.getMaxX()).as("label %d inside the chart", i).isLessThanOrEqualTo(WIDTH);
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(label.intersects(labels.get(j))).as("labels %d and %d overprint: %s %s", i, j, label,
                        labels.get(j)).isFalse();
            }
        }
    }

    @Test
    void axisLabelsKeepClearOfTheImagesEdgeEvenForTheLongestMethodName() {
        java.util.Map<io.dcim.forecasting.method.MethodName, io.dcim.forecasting.backtest.BacktestErrors> errors =
                new java.util.LinkedHashMap<>();
        double e = 3;
        for (io.dcim.forecasting.method.MethodName method : io.dcim.forecasting.method.MethodName.values()) {
            errors.put(method, new io.dcim.forecasting.backtest.BacktestErrors(e, e, e / 10, 12, 12));
            e += 2.5;
        }
        io.dcim.forecasting.method.MethodName longest = java.util.Arrays.stream(
                io.dcim.forecasting.method.MethodName.values()).max(java.util.Comparator.comparingInt(
                m -> m.id().length())).orElseThrow();
        JFreeChart chart = BacktestChart.of("Backtest errors per method (lower is better)", errors, longest);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(WIDTH, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, 300), info);
        g2.dispose();
        // The plot area holds the axes and their labels: it must stand off the image's edges.
        Rectangle2D withAxes = info.getPlotInfo().getPlotArea();
        assertThat(withAxes.getMinX()).isGreaterThanOrEqualTo(8);
        assertThat(withAxes.getMaxX()).isLessThanOrEqualTo(WIDTH - 8);
        // and the category labels (the method names) fit in it: the data area starts right of the widest one.
        java.awt.FontMetrics metrics = image.createGraphics().getFontMetrics(
                chart.getCategoryPlot().getDomainAxis().getTickLabelFont());
        double widest = metrics.stringWidth(longest.id() + " (chosen)");
        assertThat(info.getPlotInfo().getDataArea().getMinX() - withAxes.getMinX()).isGreaterThan(widest);
    }

    /** Each domain marker's label rectangle, computed exactly as JFreeChart's renderer computes it to draw it. */
    private static List<Rectangle2D> drawnLabels(JFreeChart chart) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = chart.getXYPlot();
        Anchors anchors = new Anchors();
        List<Rectangle2D> out = new ArrayList<>();
        for (Object o : plot.getDomainMarkers(Layer.FOREGROUND)) {
            ValueMarker m = (ValueMarker) o;
            double x = plot.getDomainAxis().valueToJava2D(m.getValue(), area, plot.getDomainAxisEdge());
            Rectangle2D line = new Rectangle2D.Double(x, area.getMinY(), 0, area.getHeight());
            g2.setFont(m.getLabelFont());
            Point2D at = anchors.at(g2, area, line, m.getLabelOffset(), m.getLabelAnchor());
            out.add(TextUtils.calcAlignedStringBounds(m.getLabel(), g2, (float) at.getX(), (float) at.getY(),
                    m.getLabelTextAnchor()));
        }
        g2.dispose();
        return out;
    }

    /** Opens the renderer's own anchor computation for markers' labels. */
    private static final class Anchors extends XYLineAndShapeRenderer {
        Point2D at(Graphics2D g2, Rectangle2D area, Rectangle2D line, RectangleInsets offset, RectangleAnchor anchor) {
            return calculateDomainMarkerTextAnchorPoint(g2, PlotOrientation.VERTICAL, area, line, offset,
                    LengthAdjustmentType.EXPAND, anchor);
        }
    }
}
