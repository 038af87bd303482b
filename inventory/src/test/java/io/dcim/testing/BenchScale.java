package io.dcim.testing;

/**
 * Benchmarks run at full scale for the README's figures, and at a smoke scale
 * ({@code -Ddcim.bench.scale=smoke}) in CI, so that every benchmark command written in the README
 * keeps running as written: a benchmark that only runs when someone wants a figure rots unseen.
 */
public final class BenchScale {

    public static final String PROPERTY = "dcim.bench.scale";

    private BenchScale() {
    }

    public static boolean smoke() {
        return "smoke".equalsIgnoreCase(System.getProperty(PROPERTY, "full").trim());
    }

    /** {@code full} for a measurement, {@code smoke} when only checking that the benchmark still runs. */
    public static int pick(int full, int smoke) {
        return smoke() ? smoke : full;
    }
}
