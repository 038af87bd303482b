package io.dcim.inventory.device;

/**
 * Where a device should be: in a cabinet (at a unit and face, or on the 0U side), standing
 * in a room (UPS, cooling units), or nowhere (in stock).
 */
public record Location(Long cabinetId, Integer positionU, Face face, Long roomId) {

    public static Location inCabinet(long cabinetId, Integer positionU, Face face) {
        return new Location(cabinetId, positionU, face, null);
    }

    public static Location zeroU(long cabinetId) {
        return new Location(cabinetId, null, Face.SIDE, null);
    }

    public static Location onFloor(long roomId) {
        return new Location(null, null, null, roomId);
    }

    public static Location inStock() {
        return new Location(null, null, null, null);
    }

    public boolean isInCabinet() {
        return cabinetId != null;
    }

    public boolean isNowhere() {
        return cabinetId == null && roomId == null;
    }
}
