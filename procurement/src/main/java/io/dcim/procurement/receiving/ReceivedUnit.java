package io.dcim.procurement.receiving;

import io.dcim.inventory.device.Face;
import java.util.List;

/**
 * One delivered unit as the packing list gives it: the order line (its number, 1 for the
 * first), the asset tag stuck on it, its serial, the serials of the GPUs inside and, when the
 * dock already knows where it goes, the cabinet (by name, in the request's site; with its room
 * where cabinet names repeat across halls), the lowest unit it is mounted at and the face
 * (front when not given). Without a cabinet the unit goes into stock.
 */
public record ReceivedUnit(int orderLine, String assetTag, String serial, List<String> gpuSerials, String room,
                           String cabinet, Integer positionU, Face face) {

    public ReceivedUnit {
        gpuSerials = gpuSerials == null ? List.of() : List.copyOf(gpuSerials);
        room = room == null || room.isBlank() ? null : room.trim();
        cabinet = cabinet == null || cabinet.isBlank() ? null : cabinet.trim();
    }

    /** A unit mounted on the front of a cabinet named alone. */
    public ReceivedUnit(int orderLine, String assetTag, String serial, List<String> gpuSerials, String cabinet,
                        Integer positionU) {
        this(orderLine, assetTag, serial, gpuSerials, null, cabinet, positionU, null);
    }

    /** A unit that goes into stock. */
    public ReceivedUnit(int orderLine, String assetTag, String serial, List<String> gpuSerials) {
        this(orderLine, assetTag, serial, gpuSerials, null, null, null, null);
    }
}
