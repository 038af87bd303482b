package io.dcim.console.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Stroke;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.svg.SVGGraphics2D;

/** One look for every chart of the console, and its PNG and SVG renderings, in a font that shows Chinese ({@link ChartFont}). */
public final class Charts {

    public static final Color BLUE = new Color(0x1C, 0x7E, 0xD6);
    public static final Color ORANGE = new Color(0xF0, 0x8C, 0x00);
    public static final Color GREEN = new Color(0x2E, 0x9E, 0x5B);
    public static final Color RED = new Color(0xD6, 0x36, 0x36);
    public static final Color GREY = new Color(0x6B, 0x77, 0x85);
    public static final Color GRID = new Color(0xDD, 0xE3, 0xEA);
    public static final BasicStroke LINE = new BasicStroke(2f);
    public static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    /** Room around every chart so that no axis or tick label touches the image's edge. */
    public static final org.jfree.chart.ui.RectangleInsets PADDING = new org.jfree.chart.ui.RectangleInsets(6, 12, 6, 16);

    private Charts() {
    }

    /** How one series is drawn: its paint, and its stroke ({@code null}: the renderer's own thin line). */
    public record Pen(Paint paint, Stroke stroke) {

        /** A {@link #LINE} in {@code paint}: what a chart is about. */
        public static Pen solid(Paint paint) {
            return new Pen(paint, LINE);
        }

        /** A {@link #DASHED} line in {@code paint}: a limit, a share or a second reading of the solid one. */
        public static Pen dashed(Paint paint) {
            return new Pen(paint, DASHED);
        }

        /** Only the colour: bars, and lines that stand behind the solid ones. */
        public static Pen paint(Paint paint) {
            return new Pen(paint, null);
        }
    }

    /** The renderer with each series drawn by its pen, the first series by the first pen. */
    public static <R extends AbstractRenderer> R drawn(R renderer, Pen... pens) {
        for (int i = 0; i < pens.length; i++) {
            renderer.setSeriesPaint(i, pens[i].paint());
            if (pens[i].stroke() != null) {
                renderer.setSeriesStroke(i, pens[i].stroke());
            }
        }
        return renderer;
    }

    /** Draws the plot's series as solid lines ({@link #LINE}) in the paints given, the first series in the first. */
    public static void solidLines(XYPlot plot, Paint... paints) {
        for (int i = 0; i < paints.length; i++) {
            plot.getRenderer().setSeriesPaint(i, paints[i]);
            plot.getRenderer().setSeriesStroke(i, LINE);
        }
    }

    /** The console's background and grid; series colours stay the caller's. */
    public static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        // Axis labels sized to the plot ended flush with the image's edge, where scaling or a long method name cut them.
        chart.setPadding(PADDING);
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(new Color(0xFA, 0xFB, 0xFC));
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
        }
        return chart;
    }

    public static byte[] png(JFreeChart chart, int width, int height) {
        ChartFont.apply(chart);
        MarkerLabels.arrange(chart, width, height);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] svg(JFreeChart chart, int width, int height) {
        ChartFont.apply(chart);
        MarkerLabels.arrange(chart, width, height);
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle(width, height));
        return graphics.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }
}
