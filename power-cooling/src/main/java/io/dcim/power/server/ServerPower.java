package io.dcim.power.server;

import io.dcim.power.collect.PollOutcome;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A server's latest draw and each of its GPUs', as its BMC reported them over Redfish, with when; what the
 * device page and {@code GET /devices/{id}/power} show. A value, safe to keep in a page.
 *
 * @param siteId       the endpoint's site (its times are shown in the site's zone); null without an endpoint
 * @param targetId     the server's Redfish endpoint; null when it has none (then nothing else is known)
 * @param lastOutcome  how the endpoint's last poll went; null before its first
 * @param server       the whole server's draw; null when no current reading
 * @param gpus         the cards in the server by slot, each with its latest draw when the BMC reported one, and
 *                     cards the BMC reported that the inventory does not place in this server (no id, no slot)
 */
public record ServerPower(long deviceId, Long siteId, Long targetId, String endpoint, PollOutcome lastOutcome,
                          Instant lastPolledAt, Watts server, List<GpuPower> gpus) implements Serializable {

    public ServerPower {
        gpus = List.copyOf(gpus);
    }

    /** Watts measured at an instant. */
    public record Watts(long watts, Instant at) implements Serializable {
    }

    /** @param watts null when the BMC reported no current draw for this card */
    public record GpuPower(Long gpuId, Integer slot, String serial, Watts watts) implements Serializable {
    }

    /** The sum of the GPUs' current draws, for "GPUs draw x of the server's y". */
    public long gpuWatts() {
        return gpus.stream().filter(g -> g.watts() != null).mapToLong(g -> g.watts().watts()).sum();
    }
}
