package io.dcim.forecasting.demand;

import java.math.BigDecimal;

/** How far a sale has got; each stage has the probability an entry gets unless someone gives another. */
public enum DemandStage {
    LEAD("0.25", false),
    COMMITTED("0.75", true),
    CONTRACTED("1.00", true);

    private final BigDecimal defaultProbability;
    private final boolean committed;

    DemandStage(String defaultProbability, boolean committed) {
        this.defaultProbability = new BigDecimal(defaultProbability);
        this.committed = committed;
    }

    public BigDecimal defaultProbability() {
        return defaultProbability;
    }

    /** Counted in the committed-only view: the tenant has said yes (committed) or signed (contracted). */
    public boolean isCommitted() {
        return committed;
    }
}
