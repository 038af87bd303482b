package io.dcim.forecasting.bench;

/** How one forecast of one series scored on its held-out part. */
record SeriesScore(double mase, double smape, double coverage80, double coverage95, double seconds,
                   double cpuSeconds) {

    static SeriesScore of(BenchSeries series, BenchForecast forecast) {
        double[] actual = series.actual();
        return new SeriesScore(
                ForecastAccuracy.mase(series.training(), series.shortestSeason(), actual, forecast.point()),
                ForecastAccuracy.smape(actual, forecast.point()),
                ForecastAccuracy.coverage(actual, forecast.lower80(), forecast.upper80()),
                ForecastAccuracy.coverage(actual, forecast.lower95(), forecast.upper95()),
                forecast.seconds(), forecast.cpuSeconds());
    }
}
