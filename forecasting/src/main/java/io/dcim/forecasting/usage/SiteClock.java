package io.dcim.forecasting.usage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.HashMap;
import java.util.Map;

/**
 * A site's time zone as the Slurm import reads it: sacct's local times to instants and the midnights jobs are
 * split at. A million jobs fall on a few hundred days, so each day's midnight and whether its clock changes are
 * worked out once; on a day without a change a local time is the day's midnight plus its second of the day,
 * with no zone rules to search. Days with a change (a DST switch) take the zone's own answer, gaps and overlaps
 * resolved as {@link LocalDateTime#atZone} does. One import, one thread.
 */
final class SiteClock {

    /** A day's first instant and whether it is a plain day: starts at 00:00, lasts 24 h, one offset throughout. */
    private record Day(long start, boolean regular) {
    }

    private static final long SECONDS_A_DAY = 86_400;

    private final ZoneId zone;
    private final Map<Long, Day> days = new HashMap<>();

    SiteClock(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    /** The instant of a local time at the site, in seconds since the epoch. */
    long epochSecond(LocalDateTime time) {
        Day day = day(time.toLocalDate().toEpochDay());
        return day.regular ? day.start + time.toLocalTime().toSecondOfDay() : time.atZone(zone).toEpochSecond();
    }

    /** The site's day (as an epoch day) a local time falls on once placed on the site's clock. */
    long dayOf(LocalDateTime time) {
        long local = time.toLocalDate().toEpochDay();
        return day(local).regular ? local : time.atZone(zone).toLocalDate().toEpochDay();
    }

    /** The first instant of an epoch day at the site, in seconds since the epoch. */
    long midnight(long epochDay) {
        return day(epochDay).start;
    }

    private Day day(long epochDay) {
        Day known = days.get(epochDay);
        if (known == null) {
            LocalDate date = LocalDate.ofEpochDay(epochDay);
            ZonedDateTime first = date.atStartOfDay(zone);
            long start = first.toEpochSecond();
            long next = date.plusDays(1).atStartOfDay(zone).toEpochSecond();
            ZoneOffsetTransition change = zone.getRules().nextTransition(first.toInstant());
            boolean regular = first.toLocalTime().equals(LocalTime.MIDNIGHT) && next - start == SECONDS_A_DAY
                    && (change == null || change.toEpochSecond() >= next);
            known = new Day(start, regular);
            days.put(epochDay, known);
        }
        return known;
    }
}
