package io.dcim.inventory.cable;

import io.dcim.inventory.port.PortKind;
import java.math.BigDecimal;
import java.util.List;

/** One cable with every end: the A end, and the B end or a breakout's two or four (none once decommissioned). */
public record CableDetail(long id, int version, long siteId, String label, CableType type, int lanes, BigDecimal lengthM,
        String colour, CableStatus status, List<End> ends) {

    /** An end as people read it: side A or B, the lane of a breakout, the port and its device. */
    public record End(String side, int lane, long portId, String port, PortKind kind, long deviceId, String device) {
    }

    static CableDetail of(Cable cable, List<CableEnd> ends) {
        return new CableDetail(cable.getId(), cable.getVersion(), cable.getSite().getId(), cable.getLabel(), cable.getType(),
                cable.getLanes(), cable.getLengthM(), cable.getColour(), cable.getStatus(), ends.stream().map(e -> {
                    PortRef port = PortRef.of(e.getPort());
                    return new End(e.getSide(), e.getLane(), port.portId(), port.port(), port.kind(), port.deviceId(),
                            port.device());
                }).toList());
    }
}
