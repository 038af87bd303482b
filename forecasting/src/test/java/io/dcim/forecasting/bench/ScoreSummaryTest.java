package io.dcim.forecasting.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoreSummaryTest {

    /** MASE 1, 4, 1.5, 0.5: mean 7/4, median (1 + 1.5) / 2; an odd count takes the middle value. */
    @Test
    void everySeriesWeighsTheSameAndTheMedianOfAnEvenCountAveragesTheMiddleTwo() {
        ScoreSummary summary = ScoreSummary.of(List.of(
                new SeriesScore(1, 10, 1.0, 1.0, 0.002, 0.001),
                new SeriesScore(4, 30, 0.5, 1.0, 0.004, 0.003),
                new SeriesScore(1.5, 20, 0.75, 0.5, 0.001, 0.001),
                new SeriesScore(0.5, 0, 1.0, 1.0, 0.001, 0.0005)));

        assertThat(summary.series()).isEqualTo(4);
        assertThat(summary.meanMase()).isCloseTo(1.75, within(1e-12));
        assertThat(summary.medianMase()).isCloseTo(1.25, within(1e-12));
        assertThat(summary.meanSmape()).isCloseTo(15, within(1e-12));
        assertThat(summary.medianSmape()).isCloseTo(15, within(1e-12));
        assertThat(summary.coverage80()).isCloseTo(0.8125, within(1e-12));
        assertThat(summary.coverage95()).isCloseTo(0.875, within(1e-12));
        assertThat(summary.meanSeconds()).isCloseTo(0.002, within(1e-12));
        assertThat(summary.meanCpuSeconds()).isCloseTo(0.001375, within(1e-12));
        assertThat(summary.medianCpuSeconds()).isCloseTo(0.001, within(1e-12));
        assertThat(ScoreSummary.median(List.of(new SeriesScore(3, 0, 0, 0, 0, 0), new SeriesScore(1, 0, 0, 0, 0, 0),
                new SeriesScore(2, 0, 0, 0, 0, 0)), SeriesScore::mase)).isEqualTo(2);
    }
}
