package io.dcim.power.load;

import io.dcim.power.endpoint.TargetRole;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Everything current about a scope from one load of its topology and readings: cabinet loads, inlet readings,
 * and the enabled targets with where they are (what an alarm evaluation needs in one go).
 */
public record CurrentLoads(Instant at, List<CabinetLoad> cabinets, List<InletReading> inlets,
                           List<TargetPlace> targets) implements Serializable {

    public CurrentLoads {
        cabinets = List.copyOf(cabinets);
        inlets = List.copyOf(inlets);
        targets = List.copyOf(targets);
    }

    /** An enabled target and where it is. */
    public record TargetPlace(long id, String name, TargetRole role, long siteId, Long roomId, Long cabinetId)
            implements Serializable {
    }
}
