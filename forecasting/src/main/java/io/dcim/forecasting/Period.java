package io.dcim.forecasting;

/**
 * The spacing of the observations. It labels the result and, for data taken more than once a
 * day, names the longer seasons the engine looks for besides the season given (a week of hourly
 * power has a daily and a weekly pattern).
 */
public enum Period {
    DAY(7),
    WEEK(52),
    MONTH(12),
    QUARTER(4),
    MINUTE(1440, 10080),
    FIVE_MINUTES(288, 2016),
    FIFTEEN_MINUTES(96, 672),
    HALF_HOUR(48, 336),
    HOUR(24, 168);

    private final int[] seasons;

    Period(int... seasons) {
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
}
