package io.dcim.inventory.reservation;

import java.time.LocalDate;

/** What it takes to reserve space: a unit range on a scope (or the whole cabinet), who for, until when. */
public record NewReservation(long cabinetId, ReservationScope scope, Integer positionU, Integer heightU, Long tenantId,
        String purpose, LocalDate expiresOn) {

    public static NewReservation wholeCabinet(long cabinetId, Long tenantId, String purpose, LocalDate expiresOn) {
        return new NewReservation(cabinetId, ReservationScope.CABINET, null, null, tenantId, purpose, expiresOn);
    }
}
