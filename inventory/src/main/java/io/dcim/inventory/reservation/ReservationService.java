package io.dcim.inventory.reservation;

import io.dcim.common.audit.Actor;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.device.CabinetContents;
import io.dcim.inventory.tenant.Tenant;
import io.dcim.common.event.EventType;
import io.dcim.common.event.Events;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.required;

/**
 * Reserves cabinet space and releases it. A reservation may only take space that is free of
 * devices and of other reservations; while it is active the rack rules refuse placements into
 * it and the cabinet's occupancy counts it as used. Expired reservations are released by
 * {@link #releaseExpired()}, which the application runs daily.
 */
public final class ReservationService {

    private static final int MAX_PURPOSE_LENGTH = 200;
    private static final String EXPIRY = "expiry";

    private final Database db;
    private final Clock clock;

    public ReservationService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public ReservationView reserve(NewReservation request) {
        return db.inTransaction(session -> {
            if (request.scope() == null) {
                throw new InvalidValueException("scope", Message.of("inventory.reservation.scopeRequired"));
            }
            String purpose = required("purpose", request.purpose(), MAX_PURPOSE_LENGTH);
            LocalDate today = today();
            if (request.expiresOn() == null || request.expiresOn().isBefore(today)) {
                throw new InvalidValueException("expiresOn", Message.of("inventory.reservation.expiresBeforeToday", today));
            }
            Cabinet cabinet = Lookup.referenced(session, Cabinet.class, request.cabinetId(), "cabinetId", "cabinet");
            Tenant tenant = Lookup.referenced(session, Tenant.class, request.tenantId(), "tenantId", "tenant");
            CabinetContents contents = CabinetContents.load(session, cabinet, clock);
            contents.checkReservable(request.scope(), request.positionU(), request.heightU());
            boolean whole = request.scope() == ReservationScope.CABINET;
            Reservation reservation = new Reservation(cabinet, request.scope(), whole ? null : request.positionU(),
                    whole ? null : request.heightU(), tenant, purpose, request.expiresOn(), Actor.current(), clock.instant());
            session.persist(reservation);
            contents.addReservation(reservation);
            contents.updateOccupancy();
            session.flush();
            return ReservationView.of(reservation);
        });
    }

    public void release(long id, int expectedVersion) {
        db.execute(session -> {
            Reservation reservation = Lookup.existing(session, Reservation.class, id, "reservation");
            Lookup.checkVersion(reservation.getVersion(), expectedVersion, Message.named(Reservation.class, "reservation", id));
            if (reservation.getReleasedAt() != null) {
                return;
            }
            release(session, reservation, Actor.current());
        });
    }

    /** The cabinet's active reservations, lowest unit first. */
    public List<ReservationView> active(long cabinetId) {
        return db.read(session -> session.createQuery("select r from Reservation r join fetch r.cabinet left join fetch r.tenant"
                        + " where r.cabinet.id = :c and r.releasedAt is null and r.expiresOn >= :today"
                        + " order by r.positionU nulls first, r.id", Reservation.class)
                .setParameter("c", cabinetId).setParameter("today", today()).getResultList()
                .stream().map(ReservationView::of).toList());
    }

    /** Releases every reservation past its expiry date and frees its space; returns how many. */
    public int releaseExpired() {
        return db.inTransaction(session -> {
            List<Reservation> due = session.createQuery("select r from Reservation r join fetch r.cabinet"
                            + " where r.releasedAt is null and r.expiresOn < :today", Reservation.class)
                    .setParameter("today", today()).getResultList();
            Set<Cabinet> cabinets = new LinkedHashSet<>();
            for (Reservation r : due) {
                r.release(EXPIRY, clock.instant());
                cabinets.add(r.getCabinet());
            }
            session.flush();
            for (Cabinet cabinet : cabinets) {
                CabinetContents.load(session, cabinet, clock).updateOccupancy();
            }
            return due.size();
        });
    }

    /**
     * Records a "reservation about to expire" event for each active reservation whose last day falls within
     * {@code daysAhead} days from today and that has not been warned of yet: once per reservation, however often
     * the check runs. Returns how many were warned.
     */
    public int warnExpiring(int daysAhead) {
        return db.inTransaction(session -> {
            LocalDate today = today();
            List<Reservation> due = session.createQuery("select r from Reservation r join fetch r.cabinet c"
                            + " join fetch c.room rm join fetch rm.site where r.releasedAt is null"
                            + " and r.expiryWarnedAt is null and r.expiresOn >= :today and r.expiresOn <= :last"
                            + " order by r.expiresOn, r.id", Reservation.class)
                    .setParameter("today", today).setParameter("last", today.plusDays(daysAhead)).getResultList();
            Instant now = clock.instant();
            for (Reservation r : due) {
                r.warnedOfExpiry(now);
                Events.of(EventType.RESERVATION_EXPIRING, r.getCabinet().getName(), r.getId(),
                                r.getCabinet().getRoom().getSite().getId())
                        .with("cabinet", r.getCabinet().getName())
                        .with("holder", r.holder())
                        .with("expiresOn", r.getExpiresOn().toString())
                        .with("units", r.getScope() == ReservationScope.CABINET ? "all"
                                : "U" + r.bottomU() + "-U" + r.topU())
                        .record(session, now);
            }
            return due.size();
        });
    }

    private void release(Session session, Reservation reservation, String by) {
        CabinetContents contents = CabinetContents.load(session, reservation.getCabinet(), clock);
        reservation.release(by, clock.instant());
        contents.removeReservation(reservation);
        contents.updateOccupancy();
    }

    private LocalDate today() {
        return Reservation.today(clock);
    }
}
