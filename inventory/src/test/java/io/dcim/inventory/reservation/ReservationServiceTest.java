package io.dcim.inventory.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.device.DeviceService;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.device.Location;
import io.dcim.inventory.site.SiteTotalsQuery;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import io.dcim.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

class ReservationServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate NEXT_MONTH = LocalDate.of(2026, 12, 31);

    private record Setup(InventoryFixture f, ReservationService reservations, DeviceService devices, MutableClock clock,
            Cabinet cabinet) {
    }

    private static Setup setUp(Database db) {
        InventoryFixture f = new InventoryFixture(db);
        MutableClock clock = new MutableClock(NOW);
        return new Setup(f, new ReservationService(db, clock), new DeviceService(db, clock), clock, f.cabinet("A01"));
    }

    private static void install(Setup s, io.dcim.inventory.catalog.DeviceModel model, int u, Face face) {
        s.devices.create(s.f.newDevice(model, LifecycleStatus.INSTALLED, Location.inCabinet(s.cabinet.getId(), u, face)), null);
    }

    @BothDatabases
    void reservedUnitsCountAsUsedAndRefusePlacementsUntilReleased(Database db) {
        Setup s = setUp(db);
        ReservationView held = s.reservations.reserve(new NewReservation(s.cabinet.getId(), ReservationScope.FRONT, 10, 6, null,
                "PR-7 H100 expansion", NEXT_MONTH));

        Cabinet after = s.f.cabinets.find(s.cabinet.getId());
        assertThat(after.getUsedU()).isEqualTo(6);
        assertThat(after.getReservedU()).isEqualTo(6);
        assertThatThrownBy(() -> install(s, s.f.leafSwitch(), 12, Face.FRONT))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("reserved for PR-7 H100 expansion until 31 Dec 2026").hasMessageContaining("release");
        assertThatThrownBy(() -> install(s, s.f.h100Server(), 5, Face.REAR))
                .as("a full-depth server reaching U10 takes the front too").isInstanceOf(ConflictException.class);
        install(s, s.f.leafSwitch(), 12, Face.REAR);

        s.reservations.release(held.id(), held.version());

        install(s, s.f.leafSwitch(), 12, Face.FRONT);
        Cabinet released = s.f.cabinets.find(s.cabinet.getId());
        assertThat(released.getReservedU()).isZero();
        assertThat(released.getUsedU()).isEqualTo(1);
        assertThat(s.reservations.active(s.cabinet.getId())).isEmpty();
    }

    @BothDatabases
    void refusesToReserveSpaceHeldByADeviceOrAnotherReservation(Database db) {
        Setup s = setUp(db);
        install(s, s.f.leafSwitch(), 20, Face.FRONT);
        s.reservations.reserve(new NewReservation(s.cabinet.getId(), ReservationScope.REAR, 30, 2, null, "spare", NEXT_MONTH));

        assertThatThrownBy(() -> s.reservations.reserve(new NewReservation(s.cabinet.getId(), ReservationScope.BOTH_FACES, 18, 4,
                null, "x", NEXT_MONTH))).isInstanceOf(ConflictException.class).hasMessageContaining("holds");
        assertThatThrownBy(() -> s.reservations.reserve(new NewReservation(s.cabinet.getId(), ReservationScope.REAR, 31, 1,
                null, "x", NEXT_MONTH))).isInstanceOf(ConflictException.class).hasMessageContaining("reserved for spare");
        assertThatThrownBy(() -> s.reservations.reserve(NewReservation.wholeCabinet(s.cabinet.getId(), null, "x", NEXT_MONTH)))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("scope:");
        s.reservations.reserve(new NewReservation(s.cabinet.getId(), ReservationScope.REAR, 20, 1, null, "rear of a half-depth switch",
                NEXT_MONTH));
    }

    @BothDatabases
    void aWholeCabinetReservationFillsTheCabinetInEveryFigure(Database db) {
        Setup s = setUp(db);
        Cabinet empty = s.f.cabinet("A02");
        long usedBefore = new SiteTotalsQuery(db).all().get(0).cabinetsUsed();
        install(s, s.f.leafSwitch(), 42, Face.FRONT);

        s.reservations.reserve(NewReservation.wholeCabinet(s.cabinet.getId(), null, "held for the January order", NEXT_MONTH));
        s.reservations.reserve(NewReservation.wholeCabinet(empty.getId(), null, "held for the January order", NEXT_MONTH));

        assertThat(s.f.cabinets.find(s.cabinet.getId()).getUsedU()).isEqualTo(s.cabinet.getHeightU());
        assertThat(s.f.cabinets.find(s.cabinet.getId()).getReservedU()).isEqualTo(s.cabinet.getHeightU() - 1);
        assertThat(new SiteTotalsQuery(db).all().get(0).cabinetsUsed()).isEqualTo(usedBefore + 2);
        assertThatThrownBy(() -> install(s, s.f.leafSwitch(), 1, Face.REAR)).isInstanceOf(ConflictException.class);
    }

    @BothDatabases
    void expiredReservationsAreReleasedAndTheirSpaceFreed(Database db) {
        Setup s = setUp(db);
        s.reservations.reserve(new NewReservation(s.cabinet.getId(), ReservationScope.BOTH_FACES, 1, 10, null, "trial",
                LocalDate.of(2026, 11, 30)));
        assertThat(s.reservations.releaseExpired()).isZero();

        s.clock.advance(Duration.ofDays(8));

        assertThat(s.reservations.active(s.cabinet.getId())).as("expired is no longer active").isEmpty();
        install(s, s.f.leafSwitch(), 5, Face.FRONT);
        assertThat(s.reservations.releaseExpired()).isEqualTo(1);
        assertThat(s.f.cabinets.find(s.cabinet.getId()).getUsedU()).isEqualTo(1);
        assertThat(s.reservations.releaseExpired()).isZero();
    }

    @BothDatabases
    void badRequestsNameTheField(Database db) {
        Setup s = setUp(db);
        long id = s.cabinet.getId();
        assertThatThrownBy(() -> s.reservations.reserve(new NewReservation(id, ReservationScope.FRONT, 1, 2, null, " ", NEXT_MONTH)))
                .isInstanceOf(InvalidValueException.class).hasMessage("purpose: is required");
        assertThatThrownBy(() -> s.reservations.reserve(new NewReservation(id, ReservationScope.FRONT, 1, 2, null, "p",
                LocalDate.of(2026, 11, 22)))).hasMessageStartingWith("expiresOn: give a date from today (23 Nov 2026)");
        assertThatThrownBy(() -> s.reservations.reserve(new NewReservation(id, ReservationScope.FRONT, 40, 10, null, "p",
                NEXT_MONTH))).hasMessageStartingWith("positionU: U40–U49 is outside");
        assertThatThrownBy(() -> s.reservations.reserve(new NewReservation(id, ReservationScope.FRONT, null, 2, null, "p",
                NEXT_MONTH))).hasMessageStartingWith("positionU:");
    }
}
