package io.dcim.forecasting.demand;

import java.io.Serializable;
import java.time.YearMonth;

/**
 * Demand for one resource at one site in one month, in the resource's unit.
 *
 * @param organic           forecast of organic use (monthly mean), from the history
 * @param organicLow80      lower end of its 80% prediction interval
 * @param organicHigh80     upper end of its 80% prediction interval
 * @param pipelineWeighted  pipeline entries running that month, weighted by probability
 * @param pipelineCommitted committed and contracted entries running that month, in full
 */
public record DemandMonth(YearMonth month, double organic, double organicLow80, double organicHigh80,
                          double pipelineWeighted, double pipelineCommitted) implements Serializable {

    /** Organic use plus the pipeline as {@code view} counts it. */
    public double total(DemandView view) {
        return organic + (view == DemandView.WEIGHTED ? pipelineWeighted : pipelineCommitted);
    }
}
