package io.dcim.power.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.power.PowerFixture;
import io.dcim.power.PowerFixture.Meter;
import io.dcim.power.profile.Metrics;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetView;
import io.dcim.testing.BothDatabases;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

class LoadServiceTest {

    @BothDatabases
    void cabinetDrawIsTheSumOfItsPdusLatestPowerAgainstTheContract(PowerFixture f) {
        Cabinet a01 = f.base.cabinet;
        Cabinet a02 = f.cabinet("A02");
        Cabinet a03 = f.cabinet("A03");
        TargetView a01a = f.pdu(a01, Feed.A);
        TargetView a01b = f.pdu(a01, Feed.B);
        TargetView a02a = f.pdu(a02, Feed.A);
        f.read(a01a, Metrics.PDU_POWER_W, 9_000, Duration.ofSeconds(70)); // older: replaced by the next one
        f.read(a01a, Metrics.PDU_POWER_W, 6_000, Duration.ofSeconds(20));
        f.read(a01b, Metrics.PDU_POWER_W, 5_000, Duration.ofSeconds(5));
        f.read(a02a, Metrics.PDU_POWER_W, 7_000, Duration.ofMinutes(10)); // 30 s interval: stale after 90 s

        List<CabinetLoad> loads = f.loads.cabinets(LoadScope.room(f.room.getId()));

        assertThat(loads).extracting(CabinetLoad::cabinetName).containsExactly("A01", "A02", "A03");
        CabinetLoad first = loads.get(0);
        assertThat(first.measuredW()).isEqualTo(11_000L);
        assertThat(first.contractedW()).isEqualTo(20_000);
        assertThat(first.utilizationPct()).isEqualTo(55.0);
        assertThat(first.headroomW()).isEqualTo(9_000L);
        assertThat(first.readingAt()).as("the older of the two readings summed").isEqualTo(f.now().minusSeconds(20));
        assertThat(first.complete()).isTrue();
        CabinetLoad stale = loads.get(1);
        assertThat(stale.measured()).isFalse();
        assertThat(stale.pdus()).isEqualTo(1);
        assertThat(stale.pdusReporting()).isZero();
        assertThat(loads.get(2).pdus()).isZero();
        assertThat(f.loads.cabinet(a03.getId()).utilizationPct()).isNull();
        assertThat(f.loads.cabinet(a01.getId())).isEqualTo(first);
    }

    @BothDatabases
    void aCabinetWithOnePduSilentReportsAPartialSum(PowerFixture f) {
        TargetView a = f.pdu(f.base.cabinet, Feed.A);
        f.pdu(f.base.cabinet, Feed.B);
        f.read(a, Metrics.PDU_POWER_W, 4_321);

        CabinetLoad load = f.loads.cabinet(f.base.cabinet.getId());

        assertThat(load.measuredW()).isEqualTo(4_321L);
        assertThat(load.utilizationPct()).isEqualTo(21.6);
        assertThat(load.pdusReporting()).isEqualTo(1);
        assertThat(load.complete()).isFalse();
    }

    @BothDatabases
    void phaseCurrentsAreComparedWithTheBreakerRating(PowerFixture f) {
        TargetView rated = f.pdu(f.base.cabinet, Feed.A, 32);
        TargetView unrated = f.pdu(f.base.cabinet, Feed.B);
        f.read(rated, Metrics.row(Metrics.PDU_PHASE_CURRENT_A, 1), 16.0);
        f.read(rated, Metrics.row(Metrics.PDU_PHASE_CURRENT_A, 2), 24.0);
        f.read(rated, Metrics.row(Metrics.PDU_PHASE_CURRENT_A, 3), 8.1);
        f.read(unrated, Metrics.row(Metrics.PDU_PHASE_CURRENT_A, 1), 12.0);

        List<PhaseLoad> phases = f.loads.phases(LoadScope.cabinet(f.base.cabinet.getId()));

        assertThat(phases).extracting(PhaseLoad::targetId, PhaseLoad::phase, PhaseLoad::currentA,
                PhaseLoad::pctOfBreaker).containsExactly(
                tuple(rated.id(), 1, 16.0, 50.0),
                tuple(rated.id(), 2, 24.0, 75.0),
                tuple(rated.id(), 3, 8.1, 25.3),
                tuple(unrated.id(), 1, 12.0, null));
        assertThat(phases.get(0).feed()).isEqualTo(Feed.A);
    }

    @BothDatabases
    void inletTemperaturesAndHumidityAreCheckedAgainstTheAshraeEnvelope(PowerFixture f) {
        Cabinet a02 = f.cabinet("A02");
        TargetView hotA = f.pdu(f.base.cabinet, Feed.A);
        TargetView hotB = f.pdu(f.base.cabinet, Feed.B);
        TargetView cool = f.pdu(a02, Feed.A);
        TargetView roomSensor = f.sensor("hall-1-sensor");
        f.read(hotA, Metrics.SENSOR_TEMP_C, 25.04);
        f.read(hotB, Metrics.SENSOR_TEMP_C, 28.26);
        f.read(hotA, Metrics.SENSOR_HUMIDITY_PCT, 40);
        f.read(hotB, Metrics.SENSOR_HUMIDITY_PCT, 45);
        f.read(cool, Metrics.SENSOR_TEMP_C, 17.5);
        f.read(cool, Metrics.SENSOR_HUMIDITY_PCT, 65);
        f.read(roomSensor, Metrics.SENSOR_TEMP_C, 22.0);

        List<CabinetLoad> loads = f.loads.cabinets(LoadScope.site(f.siteId));
        List<InletReading> inlets = f.loads.inlets(LoadScope.room(f.room.getId()));

        assertThat(loads).extracting(CabinetLoad::cabinetName, CabinetLoad::inletTempC, CabinetLoad::inletEnvelope,
                CabinetLoad::humidityPct, CabinetLoad::humidityEnvelope).containsExactly(
                tuple("A01", 28.3, Envelope.ABOVE, 42.5, Envelope.WITHIN),
                tuple("A02", 17.5, Envelope.BELOW, 65.0, Envelope.ABOVE));
        assertThat(inlets).extracting(InletReading::targetId, InletReading::tempC, InletReading::tempEnvelope)
                .contains(tuple(roomSensor.id(), 22.0, Envelope.WITHIN), tuple(hotB.id(), 28.3, Envelope.ABOVE));
    }

    @BothDatabases
    void roomAndSiteLoadTakeTheFacilityFromUpsInputsAndThePueIsTheirRatio(PowerFixture f) {
        Cabinet a02 = f.cabinet("A02");
        f.read(f.pdu(f.base.cabinet, Feed.A), Metrics.PDU_POWER_W, 6_000);
        f.read(f.pdu(f.base.cabinet, Feed.B), Metrics.PDU_POWER_W, 6_000);
        f.read(f.pdu(a02, Feed.A), Metrics.PDU_POWER_W, 8_000);
        f.read(f.ups("ups-1"), Metrics.UPS_INPUT_POWER_W, 12_600);
        f.read(f.ups("ups-2"), Metrics.UPS_INPUT_POWER_W, 12_400);

        RoomLoad room = f.loads.room(f.room.getId());
        SiteLoad site = f.loads.site(f.siteId);

        assertThat(room.itW()).isEqualTo(20_000);
        assertThat(room.pdus()).isEqualTo(3);
        assertThat(room.facilitySource()).isEqualTo(FacilitySource.UPS_INPUT);
        assertThat(room.facilityW()).isEqualTo(25_000);
        assertThat(room.pue()).isEqualByComparingTo("1.250");
        assertThat(room.contractedW()).isEqualTo(40_000);
        assertThat(room.cabinetsMeasured()).isEqualTo(2);
        assertThat(site.itW()).isEqualTo(20_000);
        assertThat(site.pue()).isEqualByComparingTo("1.250");
        assertThat(site.rooms()).containsExactly(room);
    }

    @BothDatabases
    void aUpsWithoutACurrentInputPowerReadingIsNamedAndTheFacilityPowerIsIncomplete(PowerFixture f) {
        f.read(f.pdu(f.base.cabinet, Feed.A), Metrics.PDU_POWER_W, 10_000);
        f.read(f.ups("ups-1"), Metrics.UPS_INPUT_POWER_W, 12_600);
        TargetView noInput = f.ups("ups-2");
        f.read(noInput, Metrics.UPS_OUTPUT_POWER_W, 6_300); // answers, but its UPS-MIB has no input power
        TargetView stale = f.ups("ups-3");
        f.read(stale, Metrics.UPS_INPUT_POWER_W, 7_000, Duration.ofMinutes(30));

        SiteLoad site = f.loads.site(f.siteId);
        RoomLoad room = site.rooms().get(0);

        assertThat(site.facilitySource()).isEqualTo(FacilitySource.UPS_INPUT);
        assertThat(site.facilityW()).as("the part that is measured").isEqualTo(12_600);
        assertThat(site.facilityComplete()).isFalse();
        assertThat(site.facilityMissing()).extracting(FacilityGap::targetId, FacilityGap::metric,
                        FacilityGap::lastReadingAt)
                .containsExactlyInAnyOrder(tuple(noInput.id(), Metrics.UPS_INPUT_POWER_W, null),
                        tuple(stale.id(), Metrics.UPS_INPUT_POWER_W, f.now().minus(Duration.ofMinutes(30))));
        assertThat(site.facilityMissing()).extracting(FacilityGap::reason).allSatisfy(r ->
                assertThat(r).contains(Metrics.UPS_INPUT_POWER_W));
        assertThat(site.pue()).as("no ratio from a facility sum missing two UPSes").isNull();
        assertThat(room.facilityComplete()).isFalse();
        assertThat(room.facilityMissing()).hasSize(2);
        assertThat(room.pue()).isNull();
    }

    @BothDatabases
    void aSitesItLoadIsItsRoomsPlusTheShareOfPdusInNoRoom(PowerFixture f) {
        f.read(f.pdu(f.base.cabinet, Feed.A), Metrics.PDU_POWER_W, 6_000);
        f.read(f.pdu(f.cabinet("A02"), Feed.A), Metrics.PDU_POWER_W, 3_000);
        TargetView loose = f.base.targets.create(io.dcim.power.endpoint.TargetSpec.pdu("pdu-loose", "10.0.9.1",
                io.dcim.power.snmp.SnmpVersion.V2C, io.dcim.power.endpoint.TargetCredentials.community("c"), "apc-rpdu2",
                f.siteId, null, null));
        f.read(loose, Metrics.PDU_POWER_W, 1_500);

        SiteLoad site = f.loads.site(f.siteId);

        assertThat(site.itNotInRoomW()).isEqualTo(1_500);
        assertThat(site.pdusNotInRoom()).isEqualTo(1);
        assertThat(site.itW()).as("rooms plus the share in no room, to the watt")
                .isEqualTo(site.rooms().stream().mapToLong(RoomLoad::itW).sum() + site.itNotInRoomW())
                .isEqualTo(10_500);
        assertThat(site.facilityComplete()).as("estimated from the design PUE: nothing to miss").isTrue();
    }

    @BothDatabases
    void aSiteMeterBeatsUpsInputsAndWithoutEitherTheDesignPueEstimatesTheFacility(PowerFixture f) {
        f.read(f.pdu(f.base.cabinet, Feed.A), Metrics.PDU_POWER_W, 10_000);

        SiteLoad estimated = f.loads.site(f.siteId);
        f.read(f.ups("ups-1"), Metrics.UPS_INPUT_POWER_W, 12_000);
        f.read(f.meter("utility", null), Metrics.SENSOR_POWER_W, 13_000);
        SiteLoad metered = f.loads.site(f.siteId);

        assertThat(estimated.facilitySource()).isEqualTo(FacilitySource.DESIGN_PUE);
        assertThat(estimated.facilityW()).as("10 kW x design PUE 1.25").isEqualTo(12_500);
        assertThat(estimated.pue()).isEqualByComparingTo("1.25");
        assertThat(metered.facilitySource()).isEqualTo(FacilitySource.METERS);
        assertThat(metered.facilityW()).isEqualTo(13_000);
        assertThat(metered.pue()).isEqualByComparingTo("1.300");
        assertThat(metered.rooms().get(0).facilitySource()).as("the site meter is in no room; the room has its UPS")
                .isEqualTo(FacilitySource.UPS_INPUT);
    }

    @BothDatabases
    void pueOverAPeriodIsTotalFacilityEnergyOverTotalItEnergyFromHourlyRollups(PowerFixture f) {
        TargetView a = f.pdu(f.base.cabinet, Feed.A);
        TargetView b = f.pdu(f.base.cabinet, Feed.B);
        TargetView ups = f.ups("ups-1");
        Instant h0 = Instant.parse("2025-01-14T00:00:00Z");
        // Per hour, watts of PDU A, PDU B and the UPS input; every reading of an hour the same, so the hourly
        // mean is that value and an hour's energy is that many watt-hours.
        double[][] hours = {
            {10_000, 10_000, 25_000},   // PUE 1.25
            {12_000, 12_000, 30_000},   // PUE 1.25
            {8_000, 8_000, 21_000},     // PUE 1.3125
            {9_000, 9_000, Double.NaN}, // no facility reading: left out
            {Double.NaN, Double.NaN, 5_000}, // no IT reading: left out
        };
        f.readHourly(h0, hours, new Meter(a, Metrics.PDU_POWER_W), new Meter(b, Metrics.PDU_POWER_W),
                new Meter(ups, Metrics.UPS_INPUT_POWER_W));
        f.base.readings.rollUp(h0, h0.plus(Duration.ofHours(6)));

        PueFigure pue = f.loads.sitePue(f.siteId, h0, h0.plus(Duration.ofDays(1)));
        PueFigure firstTwoHours = f.loads.roomPue(f.room.getId(), h0, h0.plus(Duration.ofHours(2)));

        // IT: 20 + 24 + 16 = 60 kWh; facility: 25 + 30 + 21 = 76 kWh; 76 / 60 = 1.2667 (the mean of the
        // hourly PUEs would be 1.2708: the figure weights hours by their energy).
        assertThat(pue.hours()).isEqualTo(3);
        assertThat(pue.itKwh()).isEqualTo(60.0);
        assertThat(pue.facilityKwh()).isEqualTo(76.0);
        assertThat(pue.pue()).isEqualByComparingTo("1.267");
        assertThat(pue.facilitySource()).isEqualTo(FacilitySource.UPS_INPUT);
        assertThat(firstTwoHours.pue()).isEqualByComparingTo("1.250");
        assertThat(firstTwoHours.itKwh()).isEqualTo(44.0);
    }

    @BothDatabases
    void pueOverAPeriodWithoutFacilityMetersIsTheDesignPue(PowerFixture f) {
        TargetView a = f.pdu(f.base.cabinet, Feed.A);
        Instant h0 = Instant.parse("2025-01-14T00:00:00Z");
        f.readHourly(h0, new double[][] {{8_000}, {8_000}}, new Meter(a, Metrics.PDU_POWER_W));
        f.base.readings.rollUp(h0, h0.plus(Duration.ofHours(3)));

        PueFigure pue = f.loads.sitePue(f.siteId, h0, h0.plus(Duration.ofHours(3)));

        assertThat(pue.facilitySource()).isEqualTo(FacilitySource.DESIGN_PUE);
        assertThat(pue.itKwh()).isEqualTo(16.0);
        assertThat(pue.facilityKwh()).isEqualTo(20.0);
        assertThat(pue.pue()).isEqualByComparingTo(new BigDecimal("1.25"));
    }
}
