package io.dcim.power.redfish.simulator;

import java.util.List;
import java.util.Objects;

/**
 * One server a {@link RedfishSimulator} serves: its system and chassis id (the same), its GPUs' serial numbers
 * in slot order, and whether its chassis reports power the newer way ({@code PowerSubsystem} and
 * {@code EnvironmentMetrics}) or the deprecated {@code Power} resource, as BMCs in service do both.
 */
public record VirtualServer(String id, List<String> gpuSerials, boolean environmentMetrics, ServerSignal signal) {

    public VirtualServer {
        if (id == null || id.isBlank() || !id.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("a Redfish id of letters, digits, '.', '_' and '-': " + id);
        }
        gpuSerials = List.copyOf(gpuSerials);
        Objects.requireNonNull(signal, "signal");
    }
}
