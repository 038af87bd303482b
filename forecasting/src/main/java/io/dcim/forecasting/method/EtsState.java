package io.dcim.forecasting.method;

/**
 * The states of an ETS model at one time: level, slope and the last m seasonal states, kept by
 * phase ({@code season[t % m]} is the state that applies to observation t).
 */
record EtsState(double level, double slope, double[] season) {

    EtsState {
        season = season.clone();
    }

    @Override
    public double[] season() {
        return season.clone();
    }

    double[] seasonUnsafe() {
        return season;
    }
}
