package io.dcim.inventory.reservation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A reservation as pages and the API show it. */
public record ReservationView(long id, int version, long cabinetId, String cabinetName, ReservationScope scope, int bottomU,
        int topU, Long tenantId, String tenantName, String purpose, LocalDate expiresOn, String createdBy, Instant createdAt)
        implements Serializable {

    static ReservationView of(Reservation r) {
        return new ReservationView(r.getId(), r.getVersion(), r.getCabinet().getId(), r.getCabinet().getName(), r.getScope(),
                r.bottomU(), r.topU(), r.getTenant() == null ? null : r.getTenant().getId(),
                r.getTenant() == null ? null : r.getTenant().getName(), r.getPurpose(), r.getExpiresOn(), r.getCreatedBy(),
                r.getCreatedAt());
    }
}
