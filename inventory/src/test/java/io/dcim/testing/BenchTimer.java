package io.dcim.testing;

import java.util.Arrays;
import java.util.function.Supplier;

/** Warm-up, then timed runs of a piece of work: the milliseconds of each run, sorted. */
public final class BenchTimer {

    private BenchTimer() {
    }

    /** At smoke scale ({@link BenchScale}) one warm-up and two runs, enough to prove the work runs. */
    public static double[] time(Supplier<?> work, int warmup, int runs) {
        int warmups = BenchScale.pick(warmup, Math.min(warmup, 1));
        int timed = BenchScale.pick(runs, Math.min(runs, 2));
        for (int i = 0; i < warmups; i++) {
            work.get();
        }
        double[] millis = new double[timed];
        for (int i = 0; i < timed; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    public static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    /** Nearest-rank 95th percentile. */
    public static double p95(double[] sorted) {
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1))];
    }

    /** CPU time of the calling thread so far, for figures that wall time on a shared machine blurs. */
    public static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    public static double cpuSecondsSince(long startCpuNanos) {
        return (threadCpuNanos() - startCpuNanos) / 1e9;
    }

    public static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
