package io.dcim.power.chain;

import java.io.Serializable;
import java.util.List;

/**
 * What happens when one part of the chain fails: the circuits whose load then passes their derated rating (worst
 * first), the devices that lose power, and the cabinets where a device that had a redundant supply path has none
 * left.
 *
 * @param failedFeeds how many feeds the failure takes out
 */
public record FailoverResult(ChainElement failed, int failedFeeds, List<Overload> overloaded, List<LostDevice> lostPower,
                             List<CabinetRef> lostRedundancy) implements Serializable {

    public FailoverResult {
        overloaded = List.copyOf(overloaded);
        lostPower = List.copyOf(lostPower);
        lostRedundancy = List.copyOf(lostRedundancy);
    }

    /** The failure drops devices or trips a surviving breaker: the element is a single point of failure. */
    public boolean singlePoint() {
        return !overloaded.isEmpty() || !lostPower.isEmpty();
    }

    /**
     * A surviving circuit over its derated rating after the failure.
     *
     * @param overA        afterA - deratedA
     * @param pctOfDerated afterA / deratedA in %, one decimal
     */
    public record Overload(long feedId, String feedName, long cabinetId, String cabinetName, int breakerRatingA,
                           double deratedA, long beforeW, long afterW, double beforeA, double afterA, double overA,
                           double pctOfDerated) implements Serializable {
    }

    public record LostDevice(long deviceId, String deviceName, long cabinetId, String cabinetName, LossReason reason)
            implements Serializable {
    }

    public record CabinetRef(long id, String name) implements Serializable {
    }
}
