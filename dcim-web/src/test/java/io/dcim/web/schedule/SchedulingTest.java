package io.dcim.web.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.reservation.NewReservation;
import io.dcim.inventory.reservation.ReservationScope;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import io.dcim.testing.MutableClock;
import io.dcim.web.Services;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

class SchedulingTest {

    @BothDatabases
    void startingTheSchedulerReleasesReservationsThatExpiredMeanwhile(Database db) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        Services services = new Services(db, clock, 4);
        long cabinet = new InventoryFixture(db).cabinet("A01").getId();
        long id = services.reservations().reserve(new NewReservation(cabinet, ReservationScope.FRONT, 1, 2, null, "trial",
                LocalDate.of(2026, 11, 24))).id();
        clock.advance(Duration.ofDays(3));

        try (Scheduling scheduling = Scheduling.start(services)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (releasedBy(db, id) == null && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }

        assertThat(releasedBy(db, id)).isEqualTo("expiry");
        assertThat(services.cabinets().find(cabinet).getUsedU()).isZero();
    }

    private static String releasedBy(Database db, long id) {
        return db.read(session -> session.createNativeQuery("select released_by from reservation where id = :id", String.class)
                .setParameter("id", id).getSingleResult());
    }
}
