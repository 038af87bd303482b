package io.dcim.forecasting.method;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The equal-weight mean of several models' forecasts (the M4 competition's "Comb" benchmark
 * averaged SES, Holt and damped; here ETS, Theta and damped-trend ETS). Interval bounds are the
 * means of the members' bounds (quantile averaging), which keeps them nested and ordered.
 */
public final class CombinedModel implements FittedModel {

    private final List<FittedModel> members;

    public CombinedModel(List<FittedModel> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a combination needs at least one member");
        }
        this.members = List.copyOf(members);
    }

    @Override
    public MethodName method() {
        return MethodName.COMBINATION;
    }

    @Override
    public String description() {
        return "mean of " + members.stream().map(FittedModel::description).collect(Collectors.joining(", "));
    }

    @Override
    public Map<String, Double> namedParameters() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (FittedModel member : members) {
            member.namedParameters().forEach((k, v) -> out.put(member.description() + " " + k, v));
        }
        return out;
    }

    @Override
    public double[] forecast(int horizon) {
        double[] mean = new double[horizon];
        for (FittedModel member : members) {
            double[] f = member.forecast(horizon);
            for (int h = 0; h < horizon; h++) {
                mean[h] += f[h] / members.size();
            }
        }
        return mean;
    }

    @Override
    public PredictionInterval interval(int horizon, double level) {
        double[] lo = new double[horizon];
        double[] hi = new double[horizon];
        for (FittedModel member : members) {
            PredictionInterval p = member.interval(horizon, level);
            double[] l = p.lower();
            double[] u = p.upper();
            for (int h = 0; h < horizon; h++) {
                lo[h] += l[h] / members.size();
                hi[h] += u[h] / members.size();
            }
        }
        return new PredictionInterval(level, lo, hi);
    }
}
