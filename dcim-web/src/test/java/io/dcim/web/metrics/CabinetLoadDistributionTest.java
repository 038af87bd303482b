package io.dcim.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CabinetLoadDistributionTest {

    @Test
    void cabinetsFallIntoBandsWithTheBoundInTheLowerBandAndOverContractApart() {
        // 10 → 0-50, 50 → 0-50, 50.1 → 50-70, 75 → 70-80, 80 → 70-80, 95 → 90-100, 100 → 90-100, 130 → over-100
        assertThat(DomainGauges.bandCounts(List.of(10.0, 50.0, 50.1, 75.0, 80.0, 95.0, 100.0, 130.0)))
                .containsExactly(2, 1, 2, 0, 2, 1);
    }

    @Test
    void percentilesAreNearestRank() {
        double[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        // p50: rank ceil(5) = 5 → 50; p95: rank ceil(9.5) = 10 → 100
        assertThat(DomainGauges.percentile(sorted, 50)).isEqualTo(50);
        assertThat(DomainGauges.percentile(sorted, 95)).isEqualTo(100);
        assertThat(DomainGauges.percentile(new double[] {42}, 95)).isEqualTo(42);
    }
}
