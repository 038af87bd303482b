package io.dcim.power.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.device.Location;
import io.dcim.inventory.device.NewDevice;
import io.dcim.inventory.gpu.GpuService;
import io.dcim.inventory.gpu.GpuStatus;
import io.dcim.inventory.tenant.TenantKind;
import io.dcim.inventory.tenant.TenantService;
import io.dcim.power.PowerFixture;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetView;
import io.dcim.power.load.LoadSettings;
import io.dcim.power.profile.Metrics;
import io.dcim.power.reading.TargetReading;
import io.dcim.testing.BothDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

class EnergyQueriesTest {

    /** 00:00 on 1 March 2025 in the fixture site's zone (Asia/Shanghai, UTC+8). */
    private static final Instant MARCH = Instant.parse("2025-02-28T16:00:00Z");
    private static final YearMonth FEB = YearMonth.of(2025, 2);
    private static final YearMonth MAR = YearMonth.of(2025, 3);


    @BothDatabases
    void monthsCountCountersWhereThePduMetersEnergyAndIntegratedPowerElsewhereInTheSitesZone(Database db) {
        Site s = new Site(db);

        List<MonthlyEnergy> months = s.queries.siteMonths(s.f.siteId, FEB, YearMonth.of(2025, 4));

        // February (its last hour, 23:00 Shanghai): counter of a 1,000 -> 1,500 with no earlier hour = 500 (its
        // 5,000 W ignored), b 1,000 W = 1,000; UPS 2,000 W = 2,000.
        // March: a = 1,000 (2,500 - Feb's 1,500) + 1,000 + 400 (reset) + 800 (no counter: power) + 400 (gap
        // before it: within the hour) = 3,600; b = 2,000 + 3,000; c = 4,000; IT 12,600. UPS 15,000 + 6,000.
        assertThat(months).containsExactly(new MonthlyEnergy(FEB, 1_500, 2_000),
                new MonthlyEnergy(MAR, 12_600, 21_000), new MonthlyEnergy(YearMonth.of(2025, 4), 0, 0));
        SiteMonthEnergy march = s.queries.siteMonthsDetailed(s.f.siteId, MAR, MAR).get(0);
        assertThat(march.counterHours()).isEqualTo(4);
        assertThat(march.powerHours()).as("a's hour without counter, b's two, c's one").isEqualTo(4);
        assertThat(march.from()).isEqualTo(MARCH);
    }

    @BothDatabases
    void monthsAreKeptOnceOverAndTheRunningOneUpToItsLastSettledMidnightAndARollUpOfOneOfTheirHoursDropsThem(Database db) {
        Site s = new Site(db);
        s.f.base.clock.advance(Duration.between(s.f.base.clock.instant(), Instant.parse("2025-03-02T12:00:00Z")));
        assertThat(s.queries.siteMonths(s.f.siteId, MAR, MAR).get(0).itWh()).as("March running").isEqualTo(12_600);
        assertThat(keptRows(db)).as("a, b, c and the UPS up to 2 March 00:00 UTC, the rest computed").isEqualTo(4);
        assertThat(s.queries.siteMonths(s.f.siteId, MAR, MAR).get(0).itWh()).as("read back").isEqualTo(12_600);

        s.f.base.clock.advance(Duration.ofDays(200)); // September: February and March are over
        assertThat(s.queries.siteMonths(s.f.siteId, FEB, MAR)).as("computed and kept")
                .containsExactly(new MonthlyEnergy(FEB, 1_500, 2_000), new MonthlyEnergy(MAR, 12_600, 21_000));
        assertThat(keptRows(db)).as("February and the whole of March, in place of its first day").isEqualTo(8);
        assertThat(s.queries.siteMonths(s.f.siteId, FEB, MAR)).as("read back")
                .containsExactly(new MonthlyEnergy(FEB, 1_500, 2_000), new MonthlyEnergy(MAR, 12_600, 21_000));

        // c's second hour arrives late (2,000 W), rolled up by a backfill
        s.raw.clear();
        s.hour(s.c.id(), Metrics.PDU_POWER_W, 1, 2_000, 2_000);
        s.f.base.readings.append(s.raw);
        s.f.base.readings.rollUp(MARCH.plus(Duration.ofHours(1)), MARCH.plus(Duration.ofHours(2)));

        assertThat(s.queries.siteMonths(s.f.siteId, FEB, MAR)).containsExactly(new MonthlyEnergy(FEB, 1_500, 2_000),
                new MonthlyEnergy(MAR, 14_600, 21_000));
    }

    private static long keptRows(Database db) {
        return rows(db, "energy_month");
    }

    private static long rows(Database db, String table) {
        return db.read(session -> ((Number) session.createNativeQuery("select count(*) from " + table,
                Object.class).getSingleResult()).longValue());
    }

    @BothDatabases
    void eachCabinetsEnergyGoesToItsDevicesByTypicalDrawAndOnToTheirTenantsOrTheirGpusTenants(Database db) {
        Site s = new Site(db);
        TenantService tenants = new TenantService(db);
        long t1 = tenants.create("Tsinghua", TenantKind.UNIVERSITY).getId();
        long t2 = tenants.create("Acme AI", TenantKind.ENTERPRISE).getId();
        DeviceModel server = s.f.base.inventory.h100Server(); // typical 8,700 W
        rent(s, server, s.a01, 1, t1);
        Device shared = rent(s, server, s.a01, 10, null);
        GpuService gpus = new GpuService(db);
        long h100 = s.f.base.inventory.gpuModel("H100 SXM5 80GB").getId();
        gpus.registerAll(shared.getId(), List.of("G1", "G2", "G3", "G4"), h100, GpuStatus.IN_SERVICE, t2);
        gpus.registerAll(shared.getId(), List.of("G5", "G6"), h100, GpuStatus.IN_SERVICE, t1);
        gpus.registerAll(shared.getId(), List.of("G7", "G8"), h100, GpuStatus.IN_SERVICE, null);
        rent(s, server, s.a02, 1, t2);
        s.f.base.inventory.install(s.f.base.inventory.leafSwitch(), s.a02, 42, Face.FRONT); // typical 300 W

        Map<Long, Long> march = s.queries.tenantItWh(s.f.siteId, MAR);

        // A01 (a + b = 8,600 Wh) halves between its two servers: 4,300 each. t1 rents the first whole and has 2 of
        // the second's 8 GPUs: 4,300 + 1,075 = 5,375; t2 has 4 of them: 2,150 (2 unallocated: nobody's).
        // A02 (4,000 Wh): t2's server 8,700 / 9,000 of it = 3,866.67, the switch is nobody's. t2: 6,016.67.
        assertThat(march).containsOnly(Map.entry(t1, 5_375L), Map.entry(t2, 6_017L));
        assertThat(s.queries.tenantItWh(s.f.siteId, YearMonth.of(2025, 4))).isEmpty();
    }

    @BothDatabases
    void aMonthOverIsAttributedOnceAndKeptTheRunningOneIsLiveAndARollUpOfOneOfItsHoursDropsIt(Database db) {
        Site s = new Site(db);
        TenantService tenants = new TenantService(db);
        long t1 = tenants.create("Tsinghua", TenantKind.UNIVERSITY).getId();
        long t2 = tenants.create("Acme AI", TenantKind.ENTERPRISE).getId();
        DeviceModel server = s.f.base.inventory.h100Server();
        rent(s, server, s.a01, 1, t1);
        rent(s, server, s.a02, 1, t2);
        s.f.base.clock.advance(Duration.between(s.f.base.clock.instant(), Instant.parse("2025-03-15T12:00:00Z")));

        // March running: A01's 8,600 Wh to t1, A02's 4,000 to t2; nothing kept.
        assertThat(s.queries.tenantItWh(s.f.siteId, MAR)).containsOnly(Map.entry(t1, 8_600L), Map.entry(t2, 4_000L));
        assertThat(keptTenantRows(db)).isZero();
        rent(s, server, s.a01, 10, t2);
        assertThat(s.queries.tenantItWh(s.f.siteId, MAR)).as("live: A01 now halves between t1 and t2")
                .containsOnly(Map.entry(t1, 4_300L), Map.entry(t2, 8_300L));

        s.f.base.clock.advance(Duration.ofDays(200)); // September: March is over
        assertThat(s.queries.tenantItWh(s.f.siteId, MAR)).containsOnly(Map.entry(t1, 4_300L), Map.entry(t2, 8_300L));
        assertThat(keptTenantRows(db)).as("t1, t2 and the operator's own share (none)").isEqualTo(3);
        rent(s, server, s.a02, 10, t1);
        assertThat(s.queries.tenantItWh(s.f.siteId, MAR)).as("kept: a server rented since does not change March")
                .containsOnly(Map.entry(t1, 4_300L), Map.entry(t2, 8_300L));
        assertThat(s.queries.tenantItWh(s.f.siteId, YearMonth.of(2025, 4))).as("a month with no energy, kept too")
                .isEmpty();
        assertThat(keptTenantRows(db)).isEqualTo(4);

        // c's second hour arrives late (2,000 W), rolled up by a backfill: March is attributed again, A02's 6,000 Wh
        // now halving between t2's server and t1's.
        s.raw.clear();
        s.hour(s.c.id(), Metrics.PDU_POWER_W, 1, 2_000, 2_000);
        s.f.base.readings.append(s.raw);
        s.f.base.readings.rollUp(MARCH.plus(Duration.ofHours(1)), MARCH.plus(Duration.ofHours(2)));
        assertThat(keptTenantRows(db)).as("April's marker stays").isEqualTo(1);

        assertThat(s.queries.tenantItWh(s.f.siteId, MAR)).containsOnly(Map.entry(t1, 7_300L), Map.entry(t2, 7_300L));
    }

    private static long keptTenantRows(Database db) {
        return rows(db, "energy_tenant_month");
    }

    @BothDatabases
    void aRangeEndingBeforeItStartsIsRefusedNamingTheField(Database db) {
        Site s = new Site(db);

        assertThatThrownBy(() -> s.queries.siteMonths(s.f.siteId, MAR, FEB))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("from"));
    }

    private static Device rent(Site s, DeviceModel model, Cabinet cabinet, int u, Long tenant) {
        NewDevice d = s.f.base.inventory.newDevice(model, LifecycleStatus.IN_SERVICE,
                Location.inCabinet(cabinet.getId(), u, Face.FRONT));
        return s.f.base.inventory.devices.create(new NewDevice(d.assetTag(), d.serial(), null, d.modelId(),
                d.status(), d.location(), tenant, null), null);
    }

    /** Two cabinets, three PDUs (a meters energy, b and c only power) and a UPS, read around 1 March. */
    private final class Site {
        final PowerFixture f;
        final Cabinet a01;
        final Cabinet a02;
        final EnergyQueries queries;
        final TargetView c;
        final List<TargetReading> raw = new ArrayList<>();

        Site(Database db) {
            f = new PowerFixture(db);
            a01 = f.base.cabinet;
            a02 = f.cabinet("A02");
            TargetView a = f.pdu(a01, Feed.A);
            TargetView b = f.pdu(a01, Feed.B);
            c = f.pdu(a02, Feed.A);
            TargetView ups = f.ups("ups-1");
            // hour -1 is 23:00 on 28 February in Shanghai
            hour(a.id(), Metrics.PDU_ENERGY_WH, -1, 1_000, 1_500);
            hour(a.id(), Metrics.PDU_POWER_W, -1, 5_000, 5_000);
            hour(a.id(), Metrics.PDU_ENERGY_WH, 0, 1_600, 2_500);
            hour(a.id(), Metrics.PDU_POWER_W, 0, 9_999, 9_999);
            hour(a.id(), Metrics.PDU_ENERGY_WH, 1, 3_000, 3_500);
            hour(a.id(), Metrics.PDU_ENERGY_WH, 2, 100, 400);
            hour(a.id(), Metrics.PDU_POWER_W, 3, 800, 800);
            hour(a.id(), Metrics.PDU_ENERGY_WH, 4, 1_300, 1_700);
            hour(b.id(), Metrics.PDU_POWER_W, -1, 1_000, 1_000);
            hour(b.id(), Metrics.PDU_POWER_W, 0, 1_500, 2_500);
            hour(b.id(), Metrics.PDU_POWER_W, 1, 3_000, 3_000);
            hour(c.id(), Metrics.PDU_POWER_W, 0, 4_000, 4_000);
            hour(ups.id(), Metrics.UPS_INPUT_POWER_W, -1, 2_000, 2_000);
            hour(ups.id(), Metrics.UPS_INPUT_POWER_W, 0, 15_000, 15_000);
            hour(ups.id(), Metrics.UPS_INPUT_POWER_W, 1, 6_000, 6_000);
            f.base.readings.append(raw);
            f.base.readings.rollUp(MARCH.minus(Duration.ofHours(2)), MARCH.plus(Duration.ofHours(6)));
            queries = new EnergyQueries(db, f.base.readings, LoadSettings.DEFAULT.fallbackDesignPue());
        }

        /** Two readings in the hour, at :10 and :50. */
        private void hour(long target, String metric, int hour, double first, double second) {
            Instant h = MARCH.plus(Duration.ofHours(hour));
            raw.add(new TargetReading(target, metric, h.plus(Duration.ofMinutes(10)), first));
            raw.add(new TargetReading(target, metric, h.plus(Duration.ofMinutes(50)), second));
        }
    }
}
