package io.dcim.console.layout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How every page writes a moment, a day or a month: in the reader's language ({@code 7 Dec 2026, 16:05} in
 * English, {@code 2026年12月7日 16:05} in Chinese) and, for a moment, on a site's clock with the zone's offset
 * written out ({@code UTC+8}), so that a time read on one page compares with a time read on another and nobody
 * has to guess which clock it is. Offsets rather than abbreviations: "CST" is China's, but also Central
 * America's and Cuba's. English puts the day first and the month in letters, so "3 Dec" never reads as March
 * the 12th; both use the 24-hour clock, as the people on shift do. Which zone applies is {@link SiteZones}'
 * business; the language is the session's ({@link Format#locale()}). Date fields people type into stay ISO
 * ({@link IsoDateField}), as do the API, CSV and workbooks (real dates there).
 */
public final class Times {

    /** The patterns of one language: day, month, minute and second. */
    private record Patterns(DateTimeFormatter day, DateTimeFormatter month, DateTimeFormatter minute,
            DateTimeFormatter second) {

        static Patterns of(String day, String month, String time, Locale locale) {
            return new Patterns(DateTimeFormatter.ofPattern(day, locale), DateTimeFormatter.ofPattern(month, locale),
                    DateTimeFormatter.ofPattern(day + time + "HH:mm", locale),
                    DateTimeFormatter.ofPattern(day + time + "HH:mm:ss", locale));
        }
    }

    private static final Patterns ENGLISH = Patterns.of("d MMM yyyy", "MMM yyyy", ", ", Locale.ENGLISH);
    private static final Patterns CHINESE = Patterns.of("yyyy'年'M'月'd'日'", "yyyy'年'M'月'", " ", Locale.SIMPLIFIED_CHINESE);

    private Times() {
    }

    /** To the minute, labelled: {@code 6 Dec 2026, 16:05 UTC+8}; a dash for no time. */
    public static String minute(Instant at, ZoneId zone) {
        return minute(at, zone, Format.locale());
    }

    public static String minute(Instant at, ZoneId zone, Locale locale) {
        return at == null ? "—" : patterns(locale).minute().format(at.atZone(zone)) + " " + offset(zone, at);
    }

    /** To the second, labelled: {@code 6 Dec 2026, 16:05:09 UTC+8}; a dash for no time. */
    public static String second(Instant at, ZoneId zone) {
        return second(at, zone, Format.locale());
    }

    public static String second(Instant at, ZoneId zone, Locale locale) {
        return at == null ? "—" : patterns(locale).second().format(at.atZone(zone)) + " " + offset(zone, at);
    }

    /** A day, which has no zone: {@code 6 Dec 2026}, {@code 2026年12月6日}; a dash for none. */
    public static String date(LocalDate day) {
        return date(day, Format.locale());
    }

    public static String date(LocalDate day, Locale locale) {
        return day == null ? "—" : patterns(locale).day().format(day);
    }

    /** A month: {@code Dec 2026}, {@code 2026年12月}; a dash for none. */
    public static String month(YearMonth month) {
        return month(month, Format.locale());
    }

    public static String month(YearMonth month, Locale locale) {
        return month == null ? "—" : patterns(locale).month().format(month);
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

    private static Patterns patterns(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }
}
