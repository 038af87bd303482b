package io.dcim.power.redfish.simulator;

import java.time.Instant;

/** What a simulated server's BMC reports at an instant: the whole server's draw and each GPU's, in W. */
public interface ServerSignal {

    double serverWatts(Instant now);

    /** @param gpu the card's index in the server (its slot), 0 first */
    double gpuWatts(int gpu, Instant now);

    /** A steady draw: the server's watts, split evenly over {@code gpus} cards drawing {@code gpuShare} of it. */
    static ServerSignal steady(double serverWatts, int gpus, double gpuShare) {
        return new ServerSignal() {
            @Override
            public double serverWatts(Instant now) {
                return serverWatts;
            }

            @Override
            public double gpuWatts(int gpu, Instant now) {
                return gpus == 0 ? 0 : serverWatts * gpuShare / gpus;
            }
        };
    }
}
