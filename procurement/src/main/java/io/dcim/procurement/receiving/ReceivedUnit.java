package io.dcim.procurement.receiving;

import java.util.List;

/**
 * One delivered unit as the packing list gives it: the order line (its number, 1 for the
 * first), the asset tag stuck on it, its serial, the serials of the GPUs inside and, when the
 * dock already knows where it goes, the cabinet (by name, in the request's site) and the
 * lowest unit it is mounted at. Without a cabinet the unit goes into stock.
 */
public record ReceivedUnit(int orderLine, String assetTag, String serial, List<String> gpuSerials, String cabinet,
                           Integer positionU) {

    public ReceivedUnit {
        gpuSerials = gpuSerials == null ? List.of() : List.copyOf(gpuSerials);
        cabinet = cabinet == null || cabinet.isBlank() ? null : cabinet.trim();
    }

    /** A unit that goes into stock. */
    public ReceivedUnit(int orderLine, String assetTag, String serial, List<String> gpuSerials) {
        this(orderLine, assetTag, serial, gpuSerials, null, null);
    }
}
