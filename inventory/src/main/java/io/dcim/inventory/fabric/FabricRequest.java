package io.dcim.inventory.fabric;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;

/**
 * What to plan: a number of GPUs or of servers (give one), GPUs and fabric NICs per server,
 * the switch's radix and port speed, the tiers, the leaves' oversubscription (down:up as
 * {@code oversubscription}:1, 1 for non-blocking) and the placement.
 */
public record FabricRequest(Integer gpus, Integer servers, int gpusPerServer, int nicsPerServer, int switchRadix,
        int portSpeedGbps, Tiers tiers, int oversubscription, Placement placement)
        implements java.io.Serializable {

    public static final int MAX_SERVERS = 100_000;

    public FabricRequest {
        if ((gpus == null) == (servers == null)) {
            throw new InvalidValueException("gpus", Message.of("inventory.fabric.gpusOrServers"));
        }
        if (gpus != null && gpus < 1) {
            throw new InvalidValueException("gpus", Message.of("inventory.fabric.atLeastOne", gpus));
        }
        if (servers != null && (servers < 1 || servers > MAX_SERVERS)) {
            throw new InvalidValueException("servers", Message.of("inventory.fabric.between", 1, MAX_SERVERS, servers));
        }
        if (gpusPerServer < 1 || gpusPerServer > 64) {
            throw new InvalidValueException("gpusPerServer", Message.of("inventory.fabric.between", 1, 64, gpusPerServer));
        }
        if (nicsPerServer < 1 || nicsPerServer > 64) {
            throw new InvalidValueException("nicsPerServer", Message.of("inventory.fabric.between", 1, 64, nicsPerServer));
        }
        if (switchRadix < 4 || switchRadix > 1024 || switchRadix % 2 != 0) {
            throw new InvalidValueException("switchRadix", Message.of("inventory.fabric.radix", switchRadix));
        }
        if (portSpeedGbps < 1) {
            throw new InvalidValueException("portSpeedGbps", Message.of("inventory.fabric.atLeastOne", portSpeedGbps));
        }
        if (tiers == null) {
            throw new InvalidValueException("tiers", Message.of("common.field.required"));
        }
        if (oversubscription < 1 || oversubscription > 8) {
            throw new InvalidValueException("oversubscription", Message.of("inventory.fabric.oversubscription", oversubscription));
        }
        if (placement == null) {
            throw new InvalidValueException("placement", Message.of("common.field.required"));
        }
        if (gpus != null && (gpus + gpusPerServer - 1) / gpusPerServer > MAX_SERVERS) {
            throw new InvalidValueException("gpus", Message.of("inventory.fabric.tooManyServers", MAX_SERVERS));
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
