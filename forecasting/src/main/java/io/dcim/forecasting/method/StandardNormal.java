package io.dcim.forecasting.method;

import org.apache.commons.math3.distribution.NormalDistribution;

/** Quantiles of N(0,1) for central intervals. */
final class StandardNormal {

    private static final NormalDistribution N01 = new NormalDistribution(null, 0, 1);

    private StandardNormal() {
    }

    /** The z with P(|Z| <= z) = level, e.g. 1.2816 for 0.80 and 1.9600 for 0.95. */
    static double upperQuantile(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("interval level must be in (0, 1): " + level);
        }
        return N01.inverseCumulativeProbability(0.5 + level / 2);
    }
}
