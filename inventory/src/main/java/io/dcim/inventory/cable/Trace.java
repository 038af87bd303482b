package io.dcim.inventory.cable;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The path from a port through patch panels to the far end; empty hops when nothing is plugged in. */
public record Trace(PortRef start, List<TraceHop> hops) implements Serializable {

    /** The port (or breakout ports) where the path ends, when it leaves the start at all. */
    public Optional<List<PortRef>> farEnd() {
        return hops.isEmpty() ? Optional.empty() : Optional.of(hops.get(hops.size() - 1).far());
    }
}
