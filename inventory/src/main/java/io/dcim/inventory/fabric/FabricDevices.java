package io.dcim.inventory.fabric;

import java.util.List;

/** The devices a plan is written onto, in plan order: server s is servers.get(s), leaf l is leaves.get(l), … */
public record FabricDevices(List<Long> servers, List<Long> leaves, List<Long> spines, List<Long> superSpines)
        implements java.io.Serializable {

    public FabricDevices {
        servers = List.copyOf(servers);
        leaves = List.copyOf(leaves);
        spines = List.copyOf(spines);
        superSpines = superSpines == null ? List.of() : List.copyOf(superSpines);
    }
}
