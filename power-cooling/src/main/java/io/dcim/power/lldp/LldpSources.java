package io.dcim.power.lldp;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The switches whose neighbour tables can be read, by site and device: what the cabling check walks. */
public final class LldpSources {

    private final Map<String, LldpTarget> byDevice = new ConcurrentHashMap<>();

    /** Adds these switches, replacing any registered before under the same site and name. */
    public void register(Collection<LldpTarget> targets) {
        targets.forEach(t -> byDevice.put(t.siteId() + "/" + t.device(), t));
    }

    public java.util.Set<Long> sites() {
        return byDevice.values().stream().map(LldpTarget::siteId).collect(java.util.stream.Collectors.toCollection(
                java.util.TreeSet::new));
    }

    public List<LldpTarget> of(long siteId) {
        return byDevice.values().stream().filter(t -> t.siteId() == siteId)
                .sorted(java.util.Comparator.comparing(LldpTarget::device)).toList();
    }
}
