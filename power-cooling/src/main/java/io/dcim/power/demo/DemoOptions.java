package io.dcim.power.demo;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * How the built-in simulator of the demo runs.
 *
 * @param bind     where it listens; port 0 takes a free port, and the demo's targets are pointed at it at
 *                 every start, so a restart on another port needs no configuration
 * @param latency  delay of every answer (rack PDUs answer in 100-300 ms)
 * @param lossRate share of requests silently dropped, 0 to 1
 * @param history  write a year of power history into an empty store at start (benchmarks and tests that
 *                 bring their own history turn it off)
 */
public record DemoOptions(InetSocketAddress bind, Duration latency, double lossRate, boolean history) {

    public static final DemoOptions DEFAULT = new DemoOptions(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Duration.ZERO, 0.0, true);

    public DemoOptions {
        if (bind == null) {
            throw new InvalidValueException("simulator.bind", Message.of("common.field.required"));
        }
        if (latency == null || latency.isNegative()) {
            throw new InvalidValueException("simulator.latency", Message.of("power.field.zeroOrPositive"));
        }
        if (lossRate < 0 || lossRate > 1) {
            throw new InvalidValueException("simulator.lossRate", Message.of("power.simulator.lossRateWas",
                    String.valueOf(lossRate)));
        }
    }

    public DemoOptions withLatency(Duration newLatency) {
        return new DemoOptions(bind, newLatency, lossRate, history);
    }

    public DemoOptions withLossRate(double rate) {
        return new DemoOptions(bind, latency, rate, history);
    }

    public DemoOptions withoutHistory() {
        return new DemoOptions(bind, latency, lossRate, false);
    }
}
