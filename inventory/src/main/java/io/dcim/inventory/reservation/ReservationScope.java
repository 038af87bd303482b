package io.dcim.inventory.reservation;

import io.dcim.inventory.device.Face;
import java.util.EnumSet;
import java.util.Set;

/** What a reservation holds: units on the front, the rear, both faces, or the whole cabinet. */
public enum ReservationScope {
    FRONT,
    REAR,
    BOTH_FACES,
    CABINET;

    /** The faces whose units the reservation holds. */
    public Set<Face> faces() {
        return switch (this) {
            case FRONT -> EnumSet.of(Face.FRONT);
            case REAR -> EnumSet.of(Face.REAR);
            case BOTH_FACES, CABINET -> EnumSet.of(Face.FRONT, Face.REAR);
        };
    }
}
