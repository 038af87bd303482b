package io.dcim.power.redfish;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.List;

/**
 * Where one BMC keeps the figures a poll reads, found on its first poll and kept until the endpoint is edited
 * or a read finds a resource gone: the chassis resource holding the server's draw and the pointer to it, each
 * GPU's metrics resource, and, when the BMC expands queries, the one request that answers every GPU's.
 *
 * @param serverPower  null when the chassis reports no draw
 * @param expandedGpus the processor collection with {@code $expand=.($levels=2)}, every GPU's metrics inlined
 *                     in one answer; null when the BMC does not advertise {@code $expand} with levels
 */
record ServerLayout(PowerSource serverPower, List<GpuSource> gpus, String expandedGpus) {

    ServerLayout {
        gpus = List.copyOf(gpus);
    }

    /** The same, read one request per GPU: for a BMC that refused the expanded request. */
    ServerLayout withoutExpand() {
        return new ServerLayout(serverPower, gpus, null);
    }

    /** A resource and the JSON pointer to the watts in it. */
    record PowerSource(String path, JsonPointer pointer) {
        /** Redfish 2020.4+: {@code Chassis/{id}/EnvironmentMetrics}, beside {@code PowerSubsystem}. */
        static PowerSource environmentMetrics(String path) {
            return new PowerSource(path, JsonPointer.compile("/PowerWatts/Reading"));
        }

        /** The deprecated {@code Chassis/{id}/Power} most BMCs in service still serve. */
        static PowerSource legacyPower(String path) {
            return new PowerSource(path, JsonPointer.compile("/PowerControl/0/PowerConsumedWatts"));
        }
    }

    /** @param instance the card's serial number, else its processor id: what its readings are stored under */
    record GpuSource(String instance, String path) {
    }
}
