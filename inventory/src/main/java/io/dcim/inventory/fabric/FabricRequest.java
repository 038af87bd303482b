package io.dcim.inventory.fabric;

import io.dcim.common.error.InvalidValueException;

/**
 * What to plan: a number of GPUs or of servers (give one), GPUs and fabric NICs per server,
 * the switch's radix and port speed, the tiers, the leaves' oversubscription (down:up as
 * {@code oversubscription}:1, 1 for non-blocking) and the placement.
 */
public record FabricRequest(Integer gpus, Integer servers, int gpusPerServer, int nicsPerServer, int switchRadix,
        int portSpeedGbps, Tiers tiers, int oversubscription, Placement placement) {

    public static final int MAX_SERVERS = 100_000;

    public FabricRequest {
        if ((gpus == null) == (servers == null)) {
            throw new InvalidValueException("gpus", "give either the number of GPUs or the number of servers");
        }
        if (gpus != null && gpus < 1) {
            throw new InvalidValueException("gpus", "must be 1 or more, was " + gpus);
        }
        if (servers != null && (servers < 1 || servers > MAX_SERVERS)) {
            throw new InvalidValueException("servers", "must be between 1 and " + MAX_SERVERS + ", was " + servers);
        }
        if (gpusPerServer < 1 || gpusPerServer > 64) {
            throw new InvalidValueException("gpusPerServer", "must be between 1 and 64, was " + gpusPerServer);
        }
        if (nicsPerServer < 1 || nicsPerServer > 64) {
            throw new InvalidValueException("nicsPerServer", "must be between 1 and 64, was " + nicsPerServer);
        }
        if (switchRadix < 4 || switchRadix > 1024 || switchRadix % 2 != 0) {
            throw new InvalidValueException("switchRadix", "must be an even number of ports from 4 to 1024, was " + switchRadix);
        }
        if (portSpeedGbps < 1) {
            throw new InvalidValueException("portSpeedGbps", "must be 1 or more, was " + portSpeedGbps);
        }
        if (tiers == null) {
            throw new InvalidValueException("tiers", "is required");
        }
        if (oversubscription < 1 || oversubscription > 8) {
            throw new InvalidValueException("oversubscription", "must be between 1 (1:1) and 8 (8:1), was " + oversubscription);
        }
        if (placement == null) {
            throw new InvalidValueException("placement", "is required");
        }
        if (gpus != null && (gpus + gpusPerServer - 1) / gpusPerServer > MAX_SERVERS) {
            throw new InvalidValueException("gpus", "needs more than " + MAX_SERVERS + " servers");
        }
    }

    /** NVIDIA's DGX SuperPOD shape: 8 GPUs and 8 NDR NICs per server, 64-port NDR switches, non-blocking. */
    public static FabricRequest superPod(int gpus, Tiers tiers) {
        return new FabricRequest(gpus, null, 8, 8, 64, 400, tiers, 1, Placement.superPodLike());
    }

    public int serverCount() {
        return servers != null ? servers : (gpus + gpusPerServer - 1) / gpusPerServer;
    }
}
