package io.dcim.console.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.api.Test;

/**
 * A chart's time axis in the reader's language on the site's clock: ticks of every size written as the pages write
 * dates (12月7日, 7 Dec; 2026年12月, Dec 2026), never JFreeChart's JVM-locale, JVM-zone defaults.
 */
class ChartDatesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 16:30 UTC on the 6th is half past midnight on the 7th in Shanghai. */
    private static final Instant LATE = Instant.parse("2026-12-06T16:30:00Z");

    @Test
    void everyTickSizeWritesItsSpanInTheReadersLanguageOnTheSitesClock() {
        assertThat(tick(DateTickUnitType.HOUR, Locale.SIMPLIFIED_CHINESE)).isEqualTo("00:30");
        assertThat(tick(DateTickUnitType.DAY, Locale.SIMPLIFIED_CHINESE)).isEqualTo("12月7日");
        assertThat(tick(DateTickUnitType.DAY, Locale.ENGLISH)).isEqualTo("7 Dec");
        assertThat(tick(DateTickUnitType.MONTH, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年12月");
        assertThat(tick(DateTickUnitType.MONTH, Locale.ENGLISH)).isEqualTo("Dec 2026");
        assertThat(tick(DateTickUnitType.YEAR, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年");
    }

    @Test
    void aDrawnChartOfTwoMonthsShowsChineseDaysToAChineseReaderAndEnglishOnesToAnEnglishReader() {
        String chinese = svg(Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese).containsPattern("1[12]月\\d{1,2}日").doesNotContain("Dec").doesNotContain("Nov")
                .doesNotContain("2026-1");
        String english = svg(Locale.ENGLISH);
        assertThat(english).containsPattern("\\d{1,2} (Nov|Dec)").doesNotContain("月");
    }

    private static String tick(DateTickUnitType size, Locale locale) {
        DateAxis axis = ChartDates.localize(new DateAxis(), SHANGHAI, locale);
        DateTickUnit unit = (DateTickUnit) axis.getStandardTickUnits().getCeilingTickUnit(new DateTickUnit(size, 1));
        assertThat(unit.getUnitType()).isEqualTo(size);
        return unit.dateToString(Date.from(LATE));
    }

    private static String svg(Locale locale) {
        TimeSeries series = new TimeSeries("kW");
        for (int hour = -720; hour <= 720; hour += 6) {
            series.add(new FixedMillisecond(LATE.plus(Duration.ofHours(hour)).toEpochMilli()), 10 + hour % 4);
        }
        JFreeChart chart = ChartDates.onClock(Charts.styled(ChartFactory.createTimeSeriesChart("A01", null, "kW",
                new TimeSeriesCollection(series), false, false, false)), SHANGHAI, locale);
        return new String(Charts.svg(chart, 900, 300), StandardCharsets.UTF_8);
    }
}
