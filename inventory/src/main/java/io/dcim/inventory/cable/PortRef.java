package io.dcim.inventory.cable;

import io.dcim.inventory.port.Port;
import io.dcim.inventory.port.PortKind;
import java.io.Serializable;

/** A port as a trace or list shows it: which device, which port. */
public record PortRef(long portId, String port, PortKind kind, long deviceId, String device)
        implements Serializable {

    static PortRef of(Port port) {
        String device = port.getDevice().getName() != null ? port.getDevice().getName() : port.getDevice().getAssetTag();
        return new PortRef(port.getId(), port.getName(), port.getKind(), port.getDevice().getId(), device);
    }
}
