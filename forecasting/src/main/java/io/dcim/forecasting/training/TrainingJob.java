package io.dcim.forecasting.training;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;

/**
 * A model to train: {@code parameters} P and training {@code tokens} T (both plain counts, e.g.
 * 175e9 and 300e9 for GPT-3).
 */
public record TrainingJob(double parameters, double tokens) {

    public TrainingJob {
        requirePositive("parameters", parameters);
        requirePositive("tokens", tokens);
    }

    static void requirePositive(String field, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new InvalidValueException(field, Message.of("forecasting.training.positive", String.valueOf(value)));
        }
    }
}
