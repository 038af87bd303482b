package io.dcim.console.chart;

import io.dcim.common.text.DateTexts;
import io.dcim.common.text.DateTexts.Span;
import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The dates on a chart's time axis as the pages write them ({@link DateTexts}: {@code 7 Dec} / {@code 12月7日},
 * {@code Dec 2026} / {@code 2026年12月}, {@code 16:05}), never JFreeChart's defaults, which follow the JVM's
 * locale and zone. Each tick size the axis may pick writes the span it shows: minutes and hours as times, days
 * as days of the year, months with their year (a two-year axis crosses a new year), years alone.
 */
public final class ChartDates {

    private ChartDates() {
    }

    /** A chart of moments (readings, say): its time axes on {@code zone}'s clock, in {@code locale}'s words. */
    public static JFreeChart onClock(JFreeChart chart, ZoneId zone, Locale locale) {
        if (chart.getPlot() instanceof XYPlot plot) {
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                if (plot.getDomainAxis(i) instanceof DateAxis axis) {
                    localize(axis, zone, locale);
                }
            }
        }
        return chart;
    }

    /**
     * A chart of days or months, which have no zone: JFreeChart places its periods on the JVM's calendar
     * ({@code TimeSeriesCollection}'s default), so the ticks are read on the same calendar or they would slip a day.
     */
    public static JFreeChart ofCalendar(JFreeChart chart, Locale locale) {
        return onClock(chart, ZoneId.systemDefault(), locale);
    }

    /**
     * The console's chart of day or month series ({@link #ofCalendar}), styled, with a legend naming each series;
     * the series are numbered in the order given, for the caller's colours.
     */
    public static JFreeChart calendarLines(String title, String valueAxis, Locale locale, TimeSeries... series) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (TimeSeries s : series) {
            data.addSeries(s);
        }
        return ofCalendar(Charts.styled(ChartFactory.createTimeSeriesChart(title, null, valueAxis, data, true, false,
                false)), locale);
    }

    /** The axis's clock and tick sizes, each written in {@code locale}'s words. */
    public static DateAxis localize(DateAxis axis, ZoneId zone, Locale locale) {
        axis.setTimeZone(TimeZone.getTimeZone(zone));
        axis.setLocale(locale);
        TickUnits units = new TickUnits();
        for (int minutes : new int[] {1, 2, 5, 10, 15, 20, 30}) {
            units.add(new DateTickUnit(DateTickUnitType.MINUTE, minutes, new Ticks(Span.TIME, zone, locale)));
        }
        for (int hours : new int[] {1, 2, 4, 6, 12}) {
            units.add(new DateTickUnit(DateTickUnitType.HOUR, hours, new Ticks(Span.TIME, zone, locale)));
        }
        for (int days : new int[] {1, 2, 7, 14}) {
            units.add(new DateTickUnit(DateTickUnitType.DAY, days, new Ticks(Span.DAY_OF_YEAR, zone, locale)));
        }
        for (int months : new int[] {1, 2, 3, 4, 6}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, months, new Ticks(Span.MONTH, zone, locale)));
        }
        for (int years : new int[] {1, 2, 5, 10}) {
            units.add(new DateTickUnit(DateTickUnitType.YEAR, years, new Ticks(Span.YEAR, zone, locale)));
        }
        axis.setStandardTickUnits(units);
        return axis;
    }

    /**
     * A tick's text through {@link DateTexts}' patterns: JFreeChart asks for a {@link DateFormat}. Only formatting
     * is used; the formatter is made on each call as {@code java.time}'s are not serializable and a chart may be.
     */
    static final class Ticks extends DateFormat {

        private final Span span;
        private final ZoneId zone;
        private final Locale locale;

        Ticks(Span span, ZoneId zone, Locale locale) {
            this.span = span;
            this.zone = zone;
            this.locale = locale;
            // DateFormat's own equals, hashCode and clone read these two.
            this.calendar = Calendar.getInstance(TimeZone.getTimeZone(zone), locale);
            this.numberFormat = NumberFormat.getIntegerInstance(locale);
        }

        @Override
        public StringBuffer format(Date date, StringBuffer to, FieldPosition position) {
            return to.append(DateTexts.formatter(span, locale).format(date.toInstant().atZone(zone)));
        }

        @Override
        public Date parse(String source, ParsePosition position) {
            throw new UnsupportedOperationException("a chart's tick is only written");
        }
    }
}
