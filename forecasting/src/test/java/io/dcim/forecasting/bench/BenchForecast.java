package io.dcim.forecasting.bench;

/**
 * One forecaster's answer for one series: point forecasts with 80 % and 95 % bounds per step, the
 * model it settled on (e.g. {@code ETS(M,Ad,M)}) and the time it took to fit and forecast, as wall
 * time and as CPU time (which other work on a shared machine inflates far less).
 */
record BenchForecast(String model, double seconds, double cpuSeconds, double[] point, double[] lower80, double[] upper80,
                     double[] lower95, double[] upper95) {

    BenchForecast {
        int h = point.length;
        if (lower80.length != h || upper80.length != h || lower95.length != h || upper95.length != h) {
            throw new IllegalArgumentException(model + ": bounds and point forecasts differ in length");
        }
        point = point.clone();
        lower80 = lower80.clone();
        upper80 = upper80.clone();
        lower95 = lower95.clone();
        upper95 = upper95.clone();
    }

    /** False when any value is missing (R writes NA, read as NaN), so the forecast cannot be scored. */
    boolean complete() {
        for (double[] values : new double[][] {point, lower80, upper80, lower95, upper95}) {
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }
}
