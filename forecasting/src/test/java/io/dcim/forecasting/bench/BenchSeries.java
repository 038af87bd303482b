package io.dcim.forecasting.bench;

/**
 * One series of the side-by-side benchmark: the part every forecaster sees, the held-out actuals
 * it is scored on, and its seasons (shortest first; half-hourly load has a day of 48 and a week
 * of 336 points).
 *
 * @param id       the name R's export gives it, e.g. {@code AirPassengers} or {@code taylor-hourly}
 * @param source   where the data come from, e.g. {@code datasets} or {@code forecast}
 * @param period   {@code month}, {@code quarter}, {@code hour} or {@code half-hour}
 * @param seasons  season lengths in observations, shortest first
 * @param training the observations before the held-out part, oldest first
 * @param actual   the held-out observations; the horizon is their count
 */
record BenchSeries(String id, String source, String period, int[] seasons, double[] training, double[] actual) {

    BenchSeries {
        if (seasons.length == 0) {
            throw new IllegalArgumentException(id + ": at least one season length is needed");
        }
        seasons = seasons.clone();
        training = training.clone();
        actual = actual.clone();
    }

    int horizon() {
        return actual.length;
    }

    /** The season MASE is scaled by (M4 uses 24 for hourly data, 12 for monthly, 4 for quarterly). */
    int shortestSeason() {
        return seasons[0];
    }

    @Override
    public int[] seasons() {
        return seasons.clone();
    }

    @Override
    public double[] training() {
        return training.clone();
    }

    @Override
    public double[] actual() {
        return actual.clone();
    }
}
