package io.dcim.forecasting.demand;

/** Which pipeline entries count, and how much. */
public enum DemandView {
    /** Every entry, its quantity times its probability. */
    WEIGHTED,
    /** Committed and contracted entries only, at their full quantity. */
    COMMITTED_ONLY
}
