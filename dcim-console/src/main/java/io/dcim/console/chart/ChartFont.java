package io.dcim.console.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;

/**
 * The font family every chart draws its text with: one that shows Chinese as well as Latin text, so
 * that a title such as {@value #PROBE} renders as glyphs and not as boxes. Chosen once, by asking
 * Java which installed family can display the probe, preferring the usual CJK sans-serif families
 * (fonts-noto-cjk on Debian); when none can, the logical SansSerif (whose fallbacks may still).
 */
public final class ChartFont {

    /** Text a Chinese chart title holds; a family that displays it is good enough for the rest. */
    public static final String PROBE = "机柜功率";

    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC",
            "Noto Sans CJK JP", "Noto Sans CJK TC", "Noto Serif CJK SC");

    private static final String FAMILY = choose();

    private ChartFont() {
    }

    /** The family charts use. */
    public static String family() {
        return FAMILY;
    }

    /** An installed family that displays {@link #PROBE}, the preferred ones first; empty when none does. */
    public static Optional<String> installedCjkFamily() {
        List<String> installed;
        try {
            installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        } catch (Error | RuntimeException noFonts) {
            return Optional.empty();
        }
        return java.util.stream.Stream.concat(PREFERRED.stream().filter(installed::contains), installed.stream()
                        .filter(family -> !PREFERRED.contains(family) && !isLogical(family)))
                .filter(ChartFont::displaysProbe).findFirst();
    }

    private static String choose() {
        return installedCjkFamily().orElse(Font.SANS_SERIF);
    }

    private static boolean displaysProbe(String family) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(PROBE) == -1;
    }

    private static boolean isLogical(String family) {
        return List.of(Font.DIALOG, Font.DIALOG_INPUT, Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED).contains(family);
    }

    /** Gives every text of {@code chart} (titles, legend, axes, markers, annotations, item labels) the family. */
    public static JFreeChart apply(JFreeChart chart) {
        for (Object title : chart.getSubtitles()) {
            title((Title) title);
        }
        if (chart.getTitle() != null) {
            title(chart.getTitle());
        }
        Plot plot = chart.getPlot();
        plot.setNoDataMessageFont(swap(plot.getNoDataMessageFont()));
        if (plot instanceof XYPlot xy) {
            xyPlot(xy);
        } else if (plot instanceof CategoryPlot category) {
            categoryPlot(category);
        }
        return chart;
    }

    private static void title(Title title) {
        if (title instanceof TextTitle text) {
            text.setFont(swap(text.getFont()));
        } else if (title instanceof LegendTitle legend) {
            legend.setItemFont(swap(legend.getItemFont()));
        }
    }

    private static void xyPlot(XYPlot plot) {
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            axis(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            axis(plot.getRangeAxis(i));
        }
        for (Layer layer : List.of(Layer.FOREGROUND, Layer.BACKGROUND)) {
            markers(plot.getDomainMarkers(layer));
            markers(plot.getRangeMarkers(layer));
        }
        for (Object annotation : plot.getAnnotations()) {
            if (annotation instanceof XYTextAnnotation text) {
                text.setFont(swap(text.getFont()));
            }
        }
        for (int i = 0; i < plot.getRendererCount(); i++) {
            if (plot.getRenderer(i) != null) {
                plot.getRenderer(i).setDefaultItemLabelFont(swap(plot.getRenderer(i).getDefaultItemLabelFont()));
            }
        }
    }

    private static void categoryPlot(CategoryPlot plot) {
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            axis(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            axis(plot.getRangeAxis(i));
        }
        for (Layer layer : List.of(Layer.FOREGROUND, Layer.BACKGROUND)) {
            markers(plot.getRangeMarkers(layer));
            markers(plot.getDomainMarkers(layer));
        }
        for (Object annotation : plot.getAnnotations()) {
            if (annotation instanceof CategoryTextAnnotation text) {
                text.setFont(swap(text.getFont()));
            }
        }
        for (int i = 0; i < plot.getRendererCount(); i++) {
            if (plot.getRenderer(i) != null) {
                plot.getRenderer(i).setDefaultItemLabelFont(swap(plot.getRenderer(i).getDefaultItemLabelFont()));
            }
        }
    }

    private static void axis(Axis axis) {
        if (axis != null) {
            axis.setLabelFont(swap(axis.getLabelFont()));
            axis.setTickLabelFont(swap(axis.getTickLabelFont()));
        }
    }

    private static void markers(java.util.Collection<?> markers) {
        if (markers != null) {
            for (Object marker : markers) {
                ((Marker) marker).setLabelFont(swap(((Marker) marker).getLabelFont()));
            }
        }
    }

    /** The same size and style in the chart family. */
    static Font swap(Font font) {
        return font == null ? null : new Font(FAMILY, font.getStyle(), font.getSize());
    }
}
