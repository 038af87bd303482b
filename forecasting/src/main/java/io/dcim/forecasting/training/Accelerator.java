package io.dcim.forecasting.training;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;

/**
 * One accelerator card as the job will see it: vendor peak FLOP/s at the training precision
 * (e.g. 312e12 for an A100 at BF16, dense) and the fraction of it the job achieves (model FLOPs
 * utilization, typically 0.3-0.55).
 */
public record Accelerator(String model, double peakFlopsPerSecond, double utilization) {

    public Accelerator {
        if (model == null || model.isBlank()) {
            throw new InvalidValueException("model", Message.of("common.field.required"));
        }
        TrainingJob.requirePositive("peakFlopsPerSecond", peakFlopsPerSecond);
        if (!(utilization > 0 && utilization <= 1)) {
            throw new InvalidValueException("utilization", Message.of("forecasting.training.utilization",
                    String.valueOf(utilization)));
        }
    }

    /** X in the formula: peak × achieved utilization. */
    public double effectiveFlopsPerSecond() {
        return peakFlopsPerSecond * utilization;
    }
}
