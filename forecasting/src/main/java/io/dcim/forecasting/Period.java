package io.dcim.forecasting;

/** The spacing of the observations. It labels the result; the season length is given separately. */
public enum Period {
    DAY(7),
    WEEK(52),
    MONTH(12),
    QUARTER(4);

    private final int usualSeasonLength;

    Period(int usualSeasonLength) {
        this.usualSeasonLength = usualSeasonLength;
    }

    /** The usual season for this spacing (a week of days, a year of weeks/months/quarters). */
    public int usualSeasonLength() {
        return usualSeasonLength;
    }
}
