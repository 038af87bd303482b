package io.dcim.inventory.cable;

import java.io.Serializable;
import java.util.List;

/**
 * One cable of a trace: from {@code near} over the cable to {@code far} (one port, or the
 * two or four ports of a breakout's split side, where the trace stops).
 */
public record TraceHop(PortRef near, long cableId, String label, CableType type, CableStatus status, List<PortRef> far)
        implements Serializable {
}
