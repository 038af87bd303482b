package io.dcim.app.capacity;

import io.dcim.common.error.InvalidValueException;
import io.dcim.forecasting.training.Accelerator;
import io.dcim.forecasting.training.CardRequirement;
import io.dcim.forecasting.training.TrainingCalculator;
import io.dcim.forecasting.training.TrainingJob;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.catalog.GpuModel;
import java.io.Serializable;
import java.time.Duration;

/**
 * The training-job calculator as the console and the API ask it: E_t = 8·T·P/(n·X), with the
 * card taken from the catalog (its BF16 peak) or given as a peak, for a deadline (how many
 * cards?) or for a number of cards (how long?).
 */
public final class TrainingEstimator {

    public static final double DEFAULT_UTILIZATION = 0.4;
    private static final double TERA = 1e12;
    private static final double SECONDS_PER_DAY = 86_400;

    /** Exactly one of {@code deadlineDays} and {@code cards}; {@code gpuModel} or {@code peakTflops}. */
    public record Question(Double parameters, Double tokens, String gpuModel, Double peakTflops, Double utilization,
            Double deadlineDays, Integer cards) implements Serializable {
    }

    public record Answer(String card, double petaflopDays, int cards, int servers, double days) implements Serializable {
    }

    private final CatalogService catalog;
    private final TrainingCalculator calculator = new TrainingCalculator();

    public TrainingEstimator(CatalogService catalog) {
        this.catalog = catalog;
    }

    public Answer answer(Question q) {
        TrainingJob job = new TrainingJob(required("parameters", q.parameters()), required("tokens", q.tokens()));
        Accelerator card = card(q);
        if ((q.deadlineDays() == null) == (q.cards() == null)) {
            throw new InvalidValueException("deadlineDays", "give either a deadline (how many cards?) or a number of cards (how long?)");
        }
        double petaflopDays = calculator.petaflopDays(job);
        if (q.cards() != null) {
            double days = calculator.secondsToTrain(job, card, q.cards()) / SECONDS_PER_DAY;
            return new Answer(card.model(), petaflopDays, q.cards(), (int) Math.ceil(q.cards() / 8.0), days);
        }
        if (!(q.deadlineDays() > 0)) {
            throw new InvalidValueException("deadlineDays", "must be more than 0 days, was " + q.deadlineDays());
        }
        CardRequirement needed = calculator.cardsToFinishWithin(job, card,
                Duration.ofSeconds(Math.round(q.deadlineDays() * SECONDS_PER_DAY)), true);
        return new Answer(card.model(), petaflopDays, needed.cards(), needed.servers(),
                needed.expectedTime().toSeconds() / SECONDS_PER_DAY);
    }

    private Accelerator card(Question q) {
        double utilization = q.utilization() == null ? DEFAULT_UTILIZATION : q.utilization();
        if (q.gpuModel() != null && !q.gpuModel().isBlank()) {
            GpuModel model = catalog.gpuModels().stream().filter(m -> m.getName().equalsIgnoreCase(q.gpuModel().trim()))
                    .findFirst().orElseThrow(() -> new InvalidValueException("gpuModel", "no GPU model is called '"
                            + q.gpuModel() + "'; see GET /api/v1/device-models"));
            if (model.getPeakBf16Tflops() == null) {
                throw new InvalidValueException("gpuModel", model.getName() + " has no BF16 peak in the catalog; give peakTflops");
            }
            return new Accelerator(model.getName(), model.getPeakBf16Tflops().doubleValue() * TERA, utilization);
        }
        return new Accelerator("card", required("peakTflops", q.peakTflops()) * TERA, utilization);
    }

    private static double required(String field, Double value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }
}
