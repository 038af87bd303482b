package io.dcim.common.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * How a moment, a day or a month reads in each language, for every door: the console's pages and charts and the
 * refusals' date arguments ({@code io.dcim.common.error.Messages}) write dates with these patterns and no others.
 * English puts the day first and the month in letters ({@code 7 Dec 2026, 16:05}), so "3 Dec" never reads as
 * March the 12th; Chinese writes {@code 2026年12月7日 16:05}; both use the 24-hour clock, as the people on shift
 * do. A moment is written on a zone's clock with the offset spelt out ({@code UTC+8}): "CST" is China's, but also
 * Central America's and Cuba's. The API, CSV and workbooks keep ISO-8601 (real dates in workbooks).
 */
public final class DateTexts {

    /** The spans a date can be written at: a chart's axis ticks pick the one that fits. */
    public enum Span {
        /** {@code 16:05} */
        TIME,
        /** {@code 7 Dec}, {@code 12月7日} */
        DAY_OF_YEAR,
        /** {@code 7 Dec 2026}, {@code 2026年12月7日} */
        DAY,
        /** {@code Dec}, {@code 12月} */
        MONTH_OF_YEAR,
        /** {@code Dec 2026}, {@code 2026年12月} */
        MONTH,
        /** {@code 2026}, {@code 2026年} */
        YEAR
    }

    /** The patterns of one language. */
    private record Patterns(Locale locale, String day, String dayOfYear, String month, String monthOfYear, String year,
            String timeSeparator) {

        DateTimeFormatter of(Span span) {
            return DateTimeFormatter.ofPattern(switch (span) {
                case TIME -> "HH:mm";
                case DAY_OF_YEAR -> dayOfYear;
                case DAY -> day;
                case MONTH_OF_YEAR -> monthOfYear;
                case MONTH -> month;
                case YEAR -> year;
            }, locale);
        }

        DateTimeFormatter minute() {
            return DateTimeFormatter.ofPattern(day + timeSeparator + "HH:mm", locale);
        }

        DateTimeFormatter second() {
            return DateTimeFormatter.ofPattern(day + timeSeparator + "HH:mm:ss", locale);
        }
    }

    private static final Patterns ENGLISH = new Patterns(Locale.ENGLISH, "d MMM yyyy", "d MMM", "MMM yyyy", "MMM",
            "yyyy", ", ");
    private static final Patterns CHINESE = new Patterns(Locale.SIMPLIFIED_CHINESE, "yyyy'年'M'月'd'日'", "M'月'd'日'",
            "yyyy'年'M'月'", "M'月'", "yyyy'年'", " ");

    private DateTexts() {
    }

    /** A formatter for {@code span} in {@code locale}'s language (English unless Chinese). */
    public static DateTimeFormatter formatter(Span span, Locale locale) {
        return patterns(locale).of(span);
    }

    /** A day, which has no zone: {@code 6 Dec 2026}, {@code 2026年12月6日}; a dash for none. */
    public static String day(LocalDate day, Locale locale) {
        return text(day, patterns(locale).of(Span.DAY));
    }

    /** A month: {@code Dec 2026}, {@code 2026年12月}; a dash for none. */
    public static String month(YearMonth month, Locale locale) {
        return text(month, patterns(locale).of(Span.MONTH));
    }

    /** A month within a year the reader already sees: {@code Dec}, {@code 12月}. */
    public static String monthOfYear(YearMonth month, Locale locale) {
        return text(month, patterns(locale).of(Span.MONTH_OF_YEAR));
    }

    /** To the minute on the moment's own clock, labelled: {@code 6 Dec 2026, 16:05 UTC+8}; a dash for none. */
    public static String minute(ZonedDateTime at, Locale locale) {
        return at == null ? "—" : patterns(locale).minute().format(at) + " " + offset(at.getZone(), at.toInstant());
    }

    public static String minute(Instant at, ZoneId zone, Locale locale) {
        return at == null ? "—" : minute(at.atZone(zone), locale);
    }

    /** To the second, labelled: {@code 6 Dec 2026, 16:05:09 UTC+8}; a dash for none. */
    public static String second(Instant at, ZoneId zone, Locale locale) {
        return at == null ? "—" : patterns(locale).second().format(at.atZone(zone)) + " " + offset(zone, at);
    }

    /** The zone's offset at that moment: {@code UTC}, {@code UTC+8}, {@code UTC-3:30} (summer time included). */
    public static String offset(ZoneId zone, Instant at) {
        ZoneOffset offset = zone.getRules().getOffset(at);
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        String sign = seconds > 0 ? "+" : "-";
        return minutes % 60 == 0 ? "UTC" + sign + minutes / 60
                : String.format(Locale.ROOT, "UTC%s%d:%02d", sign, minutes / 60, minutes % 60);
    }

    /**
     * A date-typed message argument as the reader's language writes it, or null for any other argument: a day, a
     * month, a moment on a zone's clock ({@link ZonedDateTime}, which the domain gives when it knows the site), or a
     * bare {@link Instant}, written on UTC's clock and labelled so.
     */
    public static String argument(Object value, Locale locale) {
        if (value instanceof LocalDate day) {
            return day(day, locale);
        }
        if (value instanceof YearMonth month) {
            return month(month, locale);
        }
        if (value instanceof ZonedDateTime at) {
            return minute(at, locale);
        }
        if (value instanceof Instant at) {
            return minute(at, ZoneOffset.UTC, locale);
        }
        return null;
    }

    private static String text(TemporalAccessor value, DateTimeFormatter format) {
        return value == null ? "—" : format.format(value);
    }

    private static Patterns patterns(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }
}
