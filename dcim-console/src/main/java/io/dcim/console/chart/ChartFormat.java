package io.dcim.console.chart;

import org.jfree.chart.JFreeChart;

/** How a chart is handed out: PNG for pages, SVG for slides and reports. */
public enum ChartFormat {
    PNG("image/png", "png"),
    SVG("image/svg+xml", "svg");

    private final String contentType;
    private final String extension;

    ChartFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public byte[] render(JFreeChart chart, int width, int height) {
        return this == PNG ? Charts.png(chart, width, height) : Charts.svg(chart, width, height);
    }
}
