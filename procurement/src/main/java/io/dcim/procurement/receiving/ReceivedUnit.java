package io.dcim.procurement.receiving;

import java.util.List;

/**
 * One delivered unit as the packing list gives it: the order line (its number, 1 for the
 * first), the asset tag stuck on it, its serial, and the serials of the GPUs inside.
 */
public record ReceivedUnit(int orderLine, String assetTag, String serial, List<String> gpuSerials) {

    public ReceivedUnit {
        gpuSerials = gpuSerials == null ? List.of() : List.copyOf(gpuSerials);
    }
}
