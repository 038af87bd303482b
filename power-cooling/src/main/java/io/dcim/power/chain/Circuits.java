package io.dcim.power.chain;

import io.dcim.power.chain.ChainSnapshot.FeedNode;

/**
 * Electrical arithmetic of a feed at unity power factor: a single-phase feed carries V x I, a three-phase one
 * √3 x V(line to line) x I per phase, so a 230 V / 32 A feed gives 7.4 kW and a 400 V / 32 A three-phase one
 * 22.2 kW before derating.
 */
final class Circuits {

    private static final double SQRT3 = Math.sqrt(3);

    private Circuits() {
    }

    /** Watts per ampere of phase current. */
    static double wattsPerAmp(FeedNode feed) {
        return feed.phases() == 3 ? SQRT3 * feed.voltageV() : feed.voltageV();
    }

    /** The current continuous load may reach: the breaker rating times the derating. */
    static double deratedA(FeedNode feed, int deratePct) {
        return feed.breakerRatingA() * deratePct / 100.0;
    }

    /** What the feed may carry continuously, in watts. */
    static double deratedW(FeedNode feed, int deratePct) {
        return deratedA(feed, deratePct) * wattsPerAmp(feed);
    }

    /**
     * The current on the feed's most loaded phase at a load of {@code watts}: when the PDU measured its phases at
     * {@code beforeW}, their imbalance is kept (the measured phase scaled with the load); otherwise balanced.
     */
    static double currentA(FeedNode feed, double beforeW, double watts) {
        if (feed.measuredPhaseA() != null && beforeW > 0) {
            return feed.measuredPhaseA() * watts / beforeW;
        }
        return watts / wattsPerAmp(feed);
    }
}
