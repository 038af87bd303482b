package io.dcim.power.chain;

import java.io.Serializable;

/**
 * One element's failure in brief, for the list of every source, panel and feed of a site.
 *
 * @param worstPctOfDerated the most loaded surviving circuit's current against its derated rating, when any is over
 */
public record SinglePoint(ChainElement element, int failedFeeds, int overloadedCircuits, int devicesLosingPower,
                          int cabinetsLosingRedundancy, Double worstPctOfDerated) implements Serializable {

    static SinglePoint of(FailoverResult r) {
        Double worst = r.overloaded().isEmpty() ? null : r.overloaded().get(0).pctOfDerated();
        return new SinglePoint(r.failed(), r.failedFeeds(), r.overloaded().size(), r.lostPower().size(),
                r.lostRedundancy().size(), worst);
    }

    public boolean singlePoint() {
        return overloadedCircuits > 0 || devicesLosingPower > 0;
    }
}
