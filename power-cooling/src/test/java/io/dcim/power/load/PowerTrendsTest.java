package io.dcim.power.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.persistence.Database;
import io.dcim.power.PowerFixture;
import io.dcim.power.PowerFixture.Meter;
import io.dcim.power.profile.Metrics;
import io.dcim.power.reading.TargetReading;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetView;
import io.dcim.testing.BothDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PowerTrendsTest {

    private static final Instant H0 = Instant.parse("2025-01-14T00:00:00Z");

    @Test
    void theStepGivesAboutAChartsWidthOfPointsFromTheCoarsestTableThatFits() {
        Duration minute = PowerTrends.MIN_CABINET_STEP;
        assertThat(PowerTrends.stepFor(Duration.ofHours(6), 780, minute)).isEqualTo(Duration.ofMinutes(1));
        assertThat(PowerTrends.stepFor(Duration.ofHours(24), 780, minute)).isEqualTo(Duration.ofMinutes(2));
        assertThat(PowerTrends.stepFor(Duration.ofDays(7), 780, minute)).isEqualTo(Duration.ofMinutes(15));
        assertThat(PowerTrends.stepFor(Duration.ofDays(30), 780, minute)).isEqualTo(Duration.ofMinutes(60));
        assertThat(PowerTrends.stepFor(Duration.ofDays(365), 780, minute)).isEqualTo(Duration.ofHours(12));
        assertThat(PowerTrends.stepFor(Duration.ofHours(6), 780, PowerTrends.MIN_SITE_STEP))
                .as("a site adds up thousands of PDUs: never from raw readings").isEqualTo(Duration.ofMinutes(5));
        assertThat(PowerTrends.stepFor(Duration.ofHours(24), 780, PowerTrends.MIN_SITE_STEP)).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> PowerTrends.stepFor(Duration.ofDays(1), 0, minute))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("points");
    }

    @BothDatabases
    void aCabinetsDrawIsTheSumOfItsPdusPerBucketAndItsInletTheHottestProbe(Database db, PowerFixture f) {
        TargetView a = f.pdu(f.base.cabinet, Feed.A);
        TargetView b = f.pdu(f.base.cabinet, Feed.B);
        List<TargetReading> raw = new ArrayList<>();
        for (int m = 0; m < 120; m += 1) {
            Instant at = H0.plus(Duration.ofMinutes(m)).plusSeconds(10);
            raw.add(new TargetReading(a.id(), Metrics.PDU_POWER_W, at, m < 60 ? 6_000 : 8_000));
            raw.add(new TargetReading(b.id(), Metrics.PDU_POWER_W, at, 4_000));
            raw.add(new TargetReading(a.id(), Metrics.SENSOR_TEMP_C, at, 24.0));
            raw.add(new TargetReading(b.id(), Metrics.SENSOR_TEMP_C, at, m < 60 ? 26.0 : 29.0));
        }
        f.base.readings.append(raw);
        f.base.readings.rollUp(H0, H0.plus(Duration.ofHours(3)));
        PowerTrends trends = new PowerTrends(db, f.base.readings, LoadSettings.DEFAULT);

        CabinetTrend fine = trends.cabinet(f.base.cabinet.getId(), H0, H0.plus(Duration.ofHours(2)), 120);
        CabinetTrend coarse = trends.cabinet(f.base.cabinet.getId(), H0, H0.plus(Duration.ofHours(2)), 8);

        assertThat(fine.step()).isEqualTo(Duration.ofMinutes(1));
        assertThat(fine.powerW()).hasSize(120);
        assertThat(fine.powerW().get(0)).isEqualTo(new TrendPoint(H0, 10_000));
        assertThat(fine.powerW().get(119).value()).isEqualTo(12_000);
        assertThat(coarse.step()).as("from the 5-minute roll-ups").isEqualTo(Duration.ofMinutes(15));
        assertThat(coarse.powerW()).extracting(TrendPoint::value)
                .containsExactly(10_000.0, 10_000.0, 10_000.0, 10_000.0, 12_000.0, 12_000.0, 12_000.0, 12_000.0);
        assertThat(coarse.inletC()).extracting(TrendPoint::value).containsOnly(26.0, 29.0);
        assertThat(coarse.contractedW()).isEqualTo(20_000);
        assertThat(coarse.inletLowC()).isEqualTo(18.0);
        assertThat(coarse.inletHighC()).isEqualTo(27.0);
        assertThatThrownBy(() -> trends.cabinet(-1, H0, H0.plusSeconds(60), 10)).isInstanceOf(NotFoundException.class);
    }

    @BothDatabases
    void aSitesTrendWeighsPueByEnergyAndLeavesOutBucketsWithoutFacilityReadings(Database db, PowerFixture f) {
        TargetView a = f.pdu(f.base.cabinet, Feed.A);
        TargetView ups = f.ups("ups-1");
        double[][] hours = {{10_000, 12_500}, {20_000, 26_000}, {8_000, Double.NaN}};
        f.readHourly(H0, hours, new Meter(a, Metrics.PDU_POWER_W), new Meter(ups, Metrics.UPS_INPUT_POWER_W));
        f.base.readings.rollUp(H0, H0.plus(Duration.ofHours(4)));
        PowerTrends trends = new PowerTrends(db, f.base.readings, LoadSettings.DEFAULT);

        SiteTrend hourly = trends.site(f.siteId, H0, H0.plus(Duration.ofHours(3)), 3);
        SiteTrend twoHours = trends.site(f.siteId, H0, H0.plus(Duration.ofHours(4)), 2);

        assertThat(hourly.facilitySource()).isEqualTo(FacilitySource.UPS_INPUT);
        assertThat(hourly.step()).isEqualTo(Duration.ofHours(1));
        assertThat(hourly.itW()).extracting(TrendPoint::value).containsExactly(10_000.0, 20_000.0, 8_000.0);
        assertThat(hourly.pue()).extracting(TrendPoint::at, TrendPoint::value).containsExactly(
                tuple(H0, 1.25), tuple(H0.plus(Duration.ofHours(1)), 1.3));
        // 38.5 kWh of facility over 30 kWh of IT in the first two hours: 1.2833, not the mean of 1.25 and 1.3.
        assertThat(twoHours.pue().get(0).value()).isCloseTo(38.5 / 30, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(twoHours.itW()).extracting(TrendPoint::value).containsExactly(15_000.0, 8_000.0);
        assertThat(trends.site(f.siteId, H0, H0.plus(Duration.ofDays(7)), 780).step())
                .as("beyond a day, from the hourly roll-ups").isEqualTo(Duration.ofHours(1));
    }
}
