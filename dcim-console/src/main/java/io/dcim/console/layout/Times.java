package io.dcim.console.layout;

import io.dcim.common.text.DateTexts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;

/**
 * How every page writes a moment, a day or a month: in the reader's language ({@code 7 Dec 2026, 16:05} in
 * English, {@code 2026年12月7日 16:05} in Chinese) and, for a moment, on a site's clock with the zone's offset
 * written out ({@code UTC+8}), so that a time read on one page compares with a time read on another and nobody
 * has to guess which clock it is. The patterns are {@link DateTexts}', which refusals' date arguments and the
 * charts' axes use too; which zone applies is {@link SiteZones}' business; the language is the session's
 * ({@link Format#locale()}). Date fields people type into stay ISO ({@link IsoDateField}), as do the API, CSV
 * and workbooks (real dates there).
 */
public final class Times {

    private Times() {
    }

    /** To the minute, labelled: {@code 6 Dec 2026, 16:05 UTC+8}; a dash for no time. */
    public static String minute(Instant at, ZoneId zone) {
        return minute(at, zone, Format.locale());
    }

    public static String minute(Instant at, ZoneId zone, Locale locale) {
        return DateTexts.minute(at, zone, locale);
    }

    /** To the second, labelled: {@code 6 Dec 2026, 16:05:09 UTC+8}; a dash for no time. */
    public static String second(Instant at, ZoneId zone) {
        return second(at, zone, Format.locale());
    }

    public static String second(Instant at, ZoneId zone, Locale locale) {
        return DateTexts.second(at, zone, locale);
    }

    /** A day, which has no zone: {@code 6 Dec 2026}, {@code 2026年12月6日}; a dash for none. */
    public static String date(LocalDate day) {
        return date(day, Format.locale());
    }

    public static String date(LocalDate day, Locale locale) {
        return DateTexts.day(day, locale);
    }

    /** A month: {@code Dec 2026}, {@code 2026年12月}; a dash for none. */
    public static String month(YearMonth month) {
        return month(month, Format.locale());
    }

    public static String month(YearMonth month, Locale locale) {
        return DateTexts.month(month, locale);
    }

    /** The zone's offset at that moment: {@code UTC}, {@code UTC+8}, {@code UTC-3:30} (summer time included). */
    public static String offset(ZoneId zone, Instant at) {
        return DateTexts.offset(zone, at);
    }
}
