package io.dcim.console.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Lays out the labels of a chart's date markers (a plan's order-by dates) so that none prints over another and
 * none runs off the plot: JFreeChart puts every label at the same height beside its line, so two orders a few
 * weeks apart overprinted each other, and one near the left edge was cut. Needs the plot's size in pixels, so it
 * runs just before a chart is drawn at its size ({@link Charts#png}, {@link Charts#svg}): a first, invisible
 * drawing measures the plot, then each label goes left of its line where there is room (right otherwise) on the
 * first line down where it meets no other label.
 */
public final class MarkerLabels {

    /** JFreeChart's default gap between a marker line and its label, and between label lines. */
    private static final double GAP = 3;

    private MarkerLabels() {
    }

    /** Where a label went: its line down from the top and its extent across, in pixels. */
    public record Placement(String label, int line, double left, double right) {
    }

    /** Re-places the labels of the plot's vertical date markers for a drawing of that size. */
    public static List<Placement> arrange(JFreeChart chart, int width, int height) {
        if (!(chart.getPlot() instanceof XYPlot plot) || plot.getOrientation() != PlotOrientation.VERTICAL) {
            return List.of();
        }
        List<ValueMarker> markers = labelled(plot);
        if (markers.isEmpty()) {
            return List.of();
        }
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = scratch.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
            Rectangle2D area = info.getPlotInfo().getDataArea();
            markers.sort(Comparator.comparingDouble(m -> x(plot, m, area)));
            List<List<double[]>> lines = new ArrayList<>();
            List<Placement> placements = new ArrayList<>();
            for (ValueMarker marker : markers) {
                double x = x(plot, marker, area);
                FontMetrics metrics = g2.getFontMetrics(marker.getLabelFont());
                double labelWidth = metrics.getStringBounds(marker.getLabel(), g2).getWidth();
                boolean left = x - GAP - labelWidth >= area.getMinX() || x + GAP + labelWidth > area.getMaxX();
                double from = left ? x - GAP - labelWidth : x + GAP;
                double to = from + labelWidth;
                int line = firstFreeLine(lines, from, to);
                double top = GAP + line * (metrics.getHeight() + GAP);
                marker.setLabelOffset(new RectangleInsets(top, GAP, GAP, GAP));
                marker.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
                placements.add(new Placement(marker.getLabel(), line, from, to));
            }
            return placements;
        } finally {
            g2.dispose();
        }
    }

    private static List<ValueMarker> labelled(XYPlot plot) {
        List<ValueMarker> out = new ArrayList<>();
        for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
            Collection<?> markers = plot.getDomainMarkers(layer);
            if (markers != null) {
                for (Object m : markers) {
                    if (m instanceof ValueMarker vm && vm.getLabel() != null && !vm.getLabel().isEmpty()) {
                        out.add(vm);
                    }
                }
            }
        }
        return out;
    }

    private static double x(XYPlot plot, Marker marker, Rectangle2D area) {
        return plot.getDomainAxis().valueToJava2D(((ValueMarker) marker).getValue(), area, plot.getDomainAxisEdge());
    }

    /** The first line whose labels all end before {@code from} or start after {@code to}, with a gap. */
    private static int firstFreeLine(List<List<double[]>> lines, double from, double to) {
        for (int i = 0; i < lines.size(); i++) {
            boolean free = lines.get(i).stream().allMatch(r -> to + GAP <= r[0] || from >= r[1] + GAP);
            if (free) {
                lines.get(i).add(new double[] {from, to});
                return i;
            }
        }
        List<double[]> line = new ArrayList<>();
        line.add(new double[] {from, to});
        lines.add(line);
        return lines.size() - 1;
    }
}
