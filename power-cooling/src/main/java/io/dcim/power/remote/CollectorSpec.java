package io.dcim.power.remote;

import java.util.List;

/**
 * What an admin sets on a collector: its name, its site, and which of the site's targets it polls: all of them
 * ({@code wholeSite}, also those added later), or the ones chosen ({@code targetIds}, of its site).
 */
public record CollectorSpec(String name, Long siteId, boolean wholeSite, List<Long> targetIds) {

    public CollectorSpec {
        targetIds = targetIds == null ? List.of() : List.copyOf(targetIds);
    }
}
