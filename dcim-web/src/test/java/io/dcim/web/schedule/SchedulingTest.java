package io.dcim.web.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.history.Resource;
import io.dcim.forecasting.history.UtilizationSeries;
import io.dcim.inventory.reservation.NewReservation;
import io.dcim.inventory.reservation.ReservationScope;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import io.dcim.testing.MutableClock;
import io.dcim.app.Services;
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

    @BothDatabases
    void startingTheSchedulerRecordsTodaysUtilization(Database db) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        Services services = new Services(db, clock, 4);
        InventoryFixture fixture = new InventoryFixture(db);
        fixture.cabinet("A01");
        long site = fixture.site.getId();
        LocalDate today = LocalDate.of(2026, 11, 23);

        try (Scheduling scheduling = Scheduling.start(services)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (services.forecasting().history().series(site, Resource.CABINETS, today, today).isEmpty()
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }

        UtilizationSeries cabinets = services.forecasting().history().series(site, Resource.CABINETS, today, today);
        assertThat(cabinets.points()).singleElement().satisfies(p -> assertThat(p.capacity()).isEqualTo(1));
    }

    private static String releasedBy(Database db, long id) {
        return db.read(session -> session.createNativeQuery("select released_by from reservation where id = :id", String.class)
                .setParameter("id", id).getSingleResult());
    }
}
