package io.dcim.forecasting.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One forecaster's scores over a set of series: every series weighs the same (coverage is the mean
 * of each series' share inside, so a long hourly horizon does not outweigh a quarterly one).
 */
record ScoreSummary(int series, double meanMase, double medianMase, double meanSmape, double medianSmape,
                    double coverage80, double coverage95, double meanSeconds, double meanCpuSeconds,
                    double medianCpuSeconds) {

    static ScoreSummary of(List<SeriesScore> scores) {
        return new ScoreSummary(scores.size(),
                mean(scores, SeriesScore::mase), median(scores, SeriesScore::mase),
                mean(scores, SeriesScore::smape), median(scores, SeriesScore::smape),
                mean(scores, SeriesScore::coverage80), mean(scores, SeriesScore::coverage95),
                mean(scores, SeriesScore::seconds),
                mean(scores, SeriesScore::cpuSeconds), median(scores, SeriesScore::cpuSeconds));
    }

    static double mean(List<SeriesScore> scores, ToDoubleFunction<SeriesScore> value) {
        return scores.stream().mapToDouble(value).average().orElse(Double.NaN);
    }

    static double median(List<SeriesScore> scores, ToDoubleFunction<SeriesScore> value) {
        double[] sorted = scores.stream().mapToDouble(value).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
