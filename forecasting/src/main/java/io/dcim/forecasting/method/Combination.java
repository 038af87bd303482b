package io.dcim.forecasting.method;

/** The combination of ETS, Theta and damped-trend ETS as a method of its own (see {@link CombinedModel}). */
public final class Combination implements ForecastMethod<FittedModel> {

    @Override
    public MethodName name() {
        return MethodName.COMBINATION;
    }

    @Override
    public int minimumLength(int seasonLength) {
        return 6;
    }

    @Override
    public FittedModel fit(double[] series, int seasonLength, double[] warmStart) {
        return AutomaticCandidates.fit(series, new int[] {seasonLength}).get(MethodName.COMBINATION);
    }
}
