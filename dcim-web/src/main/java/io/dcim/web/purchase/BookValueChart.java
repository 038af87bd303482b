package io.dcim.web.purchase;

import io.dcim.procurement.depreciation.Period;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** An asset's net book value and accumulated depreciation month by month, as a PNG. */
final class BookValueChart {

    private BookValueChart() {
    }

    static byte[] png(String assetTag, List<Period> periods, int width, int height) {
        TimeSeries bookValue = new TimeSeries("Net book value");
        TimeSeries accumulated = new TimeSeries("Accumulated depreciation");
        for (Period p : periods) {
            Month month = new Month(p.month().getMonthValue(), p.month().getYear());
            bookValue.add(month, p.netBookValue());
            accumulated.add(month, p.accumulated());
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(bookValue);
        data.addSeries(accumulated);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(assetTag + " — CNY by month", null, "CNY", data, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(new Color(0xFA, 0xFB, 0xFC));
        plot.setDomainGridlinePaint(new Color(0xDD, 0xE3, 0xEA));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xE3, 0xEA));
        plot.getRenderer().setSeriesPaint(0, new Color(0x1C, 0x7E, 0xD6));
        plot.getRenderer().setSeriesPaint(1, new Color(0xF0, 0x8C, 0x00));
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(2f));
        plot.getRenderer().setSeriesStroke(1, new BasicStroke(2f));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
