package io.dcim.power.snmp.simulator;

import java.time.Duration;
import java.time.Instant;

/** The physical value a simulated device reports for a metric and instance at a time, in the metric's unit. */
@FunctionalInterface
public interface MetricSignal {

    double value(String metric, String instance, Instant now);

    /**
     * Plausible readings for a 20 kW cabinet: a base per metric, a daily swing (peak mid-afternoon) and a
     * little deterministic noise per device, so values move over time but tests can predict their range.
     */
    static MetricSignal typical(long deviceSeed) {
        return (metric, instance, now) -> {
            double base = typicalBase(metric);
            double dayFraction = (now.getEpochSecond() % Duration.ofDays(1).toSeconds()) / 86_400.0;
            double daily = 1 + 0.1 * Math.sin(2 * Math.PI * (dayFraction - 0.375));
            long h = (deviceSeed * 31 + instance.hashCode()) * 1_000_003L + now.getEpochSecond() / 10;
            double noise = 1 + ((h ^ (h >>> 17)) % 1000) / 50_000.0;
            boolean steady = metric.endsWith(".v") || metric.endsWith(".pct") && metric.contains("charge");
            return steady ? base : base * daily * noise;
        };
    }

    /** A signal that is the same constant everywhere; handy for exact assertions. */
    static MetricSignal constant(double value) {
        return (metric, instance, now) -> value;
    }

    private static double typicalBase(String metric) {
        if (metric.endsWith("voltage.v")) {
            return 230;
        }
        if (metric.endsWith(".w")) {
            return metric.startsWith("pdu.phase") ? 4_600 : metric.startsWith("cooling") ? 60_000 : 13_800;
        }
        if (metric.endsWith(".wh")) {
            return 50_000_000;
        }
        if (metric.endsWith(".va")) {
            return 14_500;
        }
        if (metric.endsWith(".a")) {
            return 20;
        }
        if (metric.startsWith("cooling.supply") || metric.startsWith("cooling.water.supply")) {
            return 18;
        }
        if (metric.startsWith("cooling.return")) {
            return 30;
        }
        if (metric.endsWith(".c")) {
            return 24;
        }
        if (metric.equals("ups.battery.charge.pct")) {
            return 100;
        }
        if (metric.endsWith(".pct")) {
            return 45;
        }
        if (metric.endsWith(".min")) {
            return 12;
        }
        return 1;
    }
}
