package io.dcim.inventory.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.event.EventType;
import io.dcim.common.event.OutboxEvent;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import io.dcim.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The scheduled check warns once per reservation ending soon, however often it runs. */
class ReservationExpiryWarningTest {

    @BothDatabases
    void aReservationEndingWithinThreeDaysIsWarnedOfOnceAndALaterOneNotYet(Database db, InventoryFixture f) {
        Cabinet a01 = f.cabinet("A01");
        Cabinet a02 = f.cabinet("A02");
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
        ReservationService reservations = new ReservationService(db, clock);
        reservations.reserve(new NewReservation(a01.getId(), ReservationScope.CABINET, null, null, null,
                "GPU expansion", LocalDate.of(2026, 12, 9)));
        reservations.reserve(new NewReservation(a02.getId(), ReservationScope.CABINET, null, null, null,
                "next year", LocalDate.of(2027, 1, 31)));

        int first = reservations.warnExpiring(3);
        int second = reservations.warnExpiring(3);

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        List<OutboxEvent> events = db.read(s -> s.createQuery("from OutboxEvent e order by e.id", OutboxEvent.class)
                .getResultList());
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.getType()).isEqualTo(EventType.RESERVATION_EXPIRING);
            assertThat(e.getSubject()).isEqualTo("A01");
            assertThat(e.getSiteId()).isEqualTo(f.site.getId());
            assertThat(e.getPayload()).contains("\"expiresOn\":\"2026-12-09\"", "\"units\":\"all\"");
        });
    }
}
