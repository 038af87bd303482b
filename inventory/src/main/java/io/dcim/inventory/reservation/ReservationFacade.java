package io.dcim.inventory.reservation;

import static io.dcim.common.access.Permission.RESERVATION_MANAGE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.persistence.Database;
import java.util.List;

/** Reserving cabinet units for a tenant and releasing them: {@code reservation.manage}, one transaction each. */
public final class ReservationFacade {

    private final Database db;
    private final ReservationService reservations;

    public ReservationFacade(Database db, ReservationService reservations) {
        this.db = db;
        this.reservations = reservations;
    }

    public ReservationView reserve(Caller caller, NewReservation request) {
        return UseCase.run(db, caller, RESERVATION_MANAGE, session -> reservations.reserve(request));
    }

    public void release(Caller caller, long id, int expectedVersion) {
        UseCase.perform(db, caller, RESERVATION_MANAGE, session -> reservations.release(id, expectedVersion));
    }

    /** The scheduled check: records "about to expire" once for each reservation ending within {@code daysAhead} days. */
    public int warnExpiring(Caller caller, int daysAhead) {
        return UseCase.run(db, caller, RESERVATION_MANAGE, session -> reservations.warnExpiring(daysAhead));
    }

    public List<ReservationView> active(long cabinetId) {
        return reservations.active(cabinetId);
    }
}
