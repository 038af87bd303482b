package io.dcim.forecasting;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.text.Fields;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The spacing of the observations. It labels the result and, for data taken more than once a
 * day, names the longer seasons the engine looks for besides the season given (a week of hourly
 * power has a daily and a weekly pattern).
 */
public enum Period {
    DAY("P1D", Duration.ofDays(1), 7),
    WEEK("P1W", Duration.ofDays(7), 52),
    MONTH("P1M", null, 12),
    QUARTER("P3M", null, 4),
    MINUTE("PT1M", Duration.ofMinutes(1), 1440, 10080),
    FIVE_MINUTES("PT5M", Duration.ofMinutes(5), 288, 2016),
    FIFTEEN_MINUTES("PT15M", Duration.ofMinutes(15), 96, 672),
    HALF_HOUR("PT30M", Duration.ofMinutes(30), 48, 336),
    HOUR("PT1H", Duration.ofHours(1), 24, 168);

    private final String iso;
    /** Null for months and quarters, whose length varies. */
    private final Duration length;
    private final int[] seasons;

    Period(String iso, Duration length, int... seasons) {
        this.iso = iso;
        this.length = length;
        this.seasons = seasons;
    }

    /** The usual season for this spacing (a week of days, a year of weeks/months/quarters, a day of hours). */
    public int usualSeasonLength() {
        return seasons[0];
    }

    /** Every season of this spacing, shortest first (a day and a week for sub-daily data). */
    public int[] seasons() {
        return seasons.clone();
    }

    /** Whether observations come more than once a day. */
    public boolean subDaily() {
        return seasons.length > 1;
    }

    /** The ISO-8601 duration the API shows: {@code PT30M}, {@code P1D}, {@code P1M}, ... */
    public String iso() {
        return iso;
    }

    /** The period whose observations are {@code step} apart, if the engine has one. */
    public static Optional<Period> ofStep(Duration step) {
        return Arrays.stream(values()).filter(p -> p.length != null && p.length.equals(step)).findFirst();
    }

    /**
     * A period as requests give it: an ISO-8601 duration ({@code PT5M}, {@code PT30M}, {@code PT1H},
     * {@code P1D}, {@code P1W}, {@code P1M}, {@code P3M}; equal ones such as {@code PT60M} or
     * {@code P7D} too) or the name ({@code day}, {@code half-hour}) in any case, {@code -} for
     * {@code _}. {@code PT1M} is a minute and {@code P1M} a month, as ISO has it.
     */
    public static Period parse(String field, String text) {
        String value = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (Period p : values()) {
            if (p.name().equals(value.replace('-', '_')) || p.iso.equals(value)) {
                return p;
            }
        }
        return byDuration(value).orElseThrow(() -> new InvalidValueException(field, Message.of(
                "forecasting.period.unknown", Fields.excerpt(text),
                Arrays.stream(values()).map(Period::iso).collect(Collectors.joining(", ")))));
    }

    private static Optional<Period> byDuration(String value) {
        try {
            return ofStep(Duration.parse(value));
        } catch (DateTimeParseException e) {
            // Not a time-based duration; it may still be a date-based one (P7D was caught above, P3M is not).
        }
        try {
            java.time.Period date = java.time.Period.parse(value).normalized();
            if (date.getDays() == 0 && date.getYears() == 0 && date.getMonths() == 1) {
                return Optional.of(MONTH);
            }
            if (date.getDays() == 0 && date.getYears() == 0 && date.getMonths() == 3) {
                return Optional.of(QUARTER);
            }
            return date.getYears() == 0 && date.getMonths() == 0 ? ofStep(Duration.ofDays(date.getDays()))
                    : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
