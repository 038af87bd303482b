package io.dcim.power.redfish;

import java.util.List;

/**
 * Where one BMC keeps the figures a poll reads, found on its first poll and kept until the endpoint is edited
 * or a read finds a resource gone: the chassis resource holding the server's draw and the pointer to it, and
 * each GPU's metrics resource.
 *
 * @param serverPower null when the chassis reports no draw
 */
record ServerLayout(PowerSource serverPower, List<GpuSource> gpus) {

    ServerLayout {
        gpus = List.copyOf(gpus);
    }

    /** A resource and the JSON pointer to the watts in it. */
    record PowerSource(String path, String pointer) {
        /** Redfish 2020.4+: {@code Chassis/{id}/EnvironmentMetrics}, beside {@code PowerSubsystem}. */
        static PowerSource environmentMetrics(String path) {
            return new PowerSource(path, "/PowerWatts/Reading");
        }

        /** The deprecated {@code Chassis/{id}/Power} most BMCs in service still serve. */
        static PowerSource legacyPower(String path) {
            return new PowerSource(path, "/PowerControl/0/PowerConsumedWatts");
        }
    }

    /** @param instance the card's serial number, else its processor id: what its readings are stored under */
    record GpuSource(String instance, String path) {
    }
}
