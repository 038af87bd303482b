package io.dcim.console.layout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How every page writes a moment: in a site's zone, with the zone's offset written out
 * ({@code 2026-12-06 16:05 UTC+8}), so that a time read on one page compares with a time read on another
 * and nobody has to guess which clock it is. Offsets rather than abbreviations: "CST" is China's, but also
 * Central America's and Cuba's. Which zone applies is {@link SiteZones}' business.
 */
public final class Times {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private Times() {
    }

    /** To the minute, labelled: {@code 2026-12-06 16:05 UTC+8}; a dash for no time. */
    public static String minute(Instant at, ZoneId zone) {
        return at == null ? "—" : MINUTE.format(at.atZone(zone)) + " " + offset(zone, at);
    }

    /** To the second, labelled: {@code 2026-12-06 16:05:09 UTC+8}; a dash for no time. */
    public static String second(Instant at, ZoneId zone) {
        return at == null ? "—" : SECOND.format(at.atZone(zone)) + " " + offset(zone, at);
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
}
