package io.dcim.web.api;

import io.dcim.common.error.InvalidValueException;
import io.dcim.forecasting.ForecastRequest;
import io.dcim.forecasting.ForecastResult;
import io.dcim.forecasting.Forecaster;
import io.dcim.forecasting.MethodChoice;
import io.dcim.forecasting.Period;
import io.dcim.forecasting.backtest.BacktestErrors;
import io.dcim.forecasting.method.PredictionInterval;
import io.dcim.forecasting.training.Accelerator;
import io.dcim.forecasting.training.CardRequirement;
import io.dcim.forecasting.training.TrainingCalculator;
import io.dcim.forecasting.training.TrainingJob;
import io.dcim.inventory.catalog.GpuModel;
import io.dcim.web.Services;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The forecasting engine over HTTP: a forecast of any series with its backtests, and the
 * training-job calculator (cards for a deadline, or time on a number of cards).
 */
final class ForecastApi {

    private static final double TERA = 1e12;
    private static final double SECONDS_PER_DAY = 86_400;

    private final Services services;
    private final Forecaster forecaster = new Forecaster();

    ForecastApi(Services services) {
        this.services = services;
    }

    void register(List<Route> routes) {
        routes.add(Route.of("POST", "/forecast", this::forecast));
        routes.add(Route.of("POST", "/training-estimate", this::trainingEstimate));
    }

    private Object forecast(ApiRequest r) {
        Period period = r.bodyEnum("period", Period.class);
        period = period == null ? Period.DAY : period;
        Long season = r.number("seasonLength");
        Long horizon = r.number("horizon");
        String method = r.text("method");
        ForecastResult result = forecaster.forecast(new ForecastRequest(r.numbers("series"), period,
                season == null ? period.usualSeasonLength() : Math.toIntExact(season),
                horizon == null ? period.usualSeasonLength() : Math.toIntExact(horizon),
                method == null ? MethodChoice.AUTO : MethodChoice.parse(method)));
        Map<String, BacktestErrors> backtests = new LinkedHashMap<>();
        result.backtests().forEach((name, errors) -> backtests.put(name.id(), errors));
        return new ForecastView(result.method().id(), result.automatic(),
                result.decidedBy() == null ? null : result.decidedBy().name().toLowerCase(Locale.ROOT), result.point(),
                IntervalView.of(result.interval80()), IntervalView.of(result.interval95()), backtests, result.notes());
    }

    /**
     * E_t = 8·T·P/(n·X). The card is a catalog GPU model ({@code gpuModel}: its BF16 peak) or a
     * given {@code peakTflops}; {@code utilization} defaults to 0.4. With {@code deadlineDays} the
     * answer is the cards (and 8-GPU servers) needed; with {@code cards}, the days it takes.
     */
    private Object trainingEstimate(ApiRequest r) {
        TrainingJob job = new TrainingJob(required(r, "parameters"), required(r, "tokens"));
        Accelerator card = card(r);
        TrainingCalculator calculator = new TrainingCalculator();
        Double deadlineDays = r.decimal("deadlineDays");
        Long cards = r.number("cards");
        if ((deadlineDays == null) == (cards == null)) {
            throw new InvalidValueException("deadlineDays", "give either deadlineDays (how many cards?) or cards (how long?)");
        }
        double petaflopDays = calculator.petaflopDays(job);
        if (cards != null) {
            double days = calculator.secondsToTrain(job, card, Math.toIntExact(cards)) / SECONDS_PER_DAY;
            return new TrainingView(card.model(), petaflopDays, Math.toIntExact(cards), (int) Math.ceil(cards / 8.0), days);
        }
        CardRequirement needed = calculator.cardsToFinishWithin(job, card,
                Duration.ofSeconds(Math.round(deadlineDays * SECONDS_PER_DAY)), true);
        return new TrainingView(card.model(), petaflopDays, needed.cards(), needed.servers(),
                needed.expectedTime().toSeconds() / SECONDS_PER_DAY);
    }

    private Accelerator card(ApiRequest r) {
        Double utilization = r.decimal("utilization");
        double achieved = utilization == null ? 0.4 : utilization;
        String modelName = r.text("gpuModel");
        if (modelName != null) {
            GpuModel model = services.catalog().gpuModels().stream().filter(m -> m.getName().equalsIgnoreCase(modelName.trim()))
                    .findFirst().orElseThrow(() -> new InvalidValueException("gpuModel", "no GPU model is called '" + modelName
                            + "'; see GET /api/v1/device-models"));
            if (model.getPeakBf16Tflops() == null) {
                throw new InvalidValueException("gpuModel", model.getName() + " has no BF16 peak in the catalog; give peakTflops");
            }
            return new Accelerator(model.getName(), model.getPeakBf16Tflops().doubleValue() * TERA, achieved);
        }
        return new Accelerator("card", required(r, "peakTflops") * TERA, achieved);
    }

    private static double required(ApiRequest r, String field) {
        Double value = r.decimal(field);
        if (value == null) {
            throw ApiException.badRequest(field, "is required");
        }
        return value;
    }

    record IntervalView(double level, double[] lower, double[] upper) {
        static IntervalView of(PredictionInterval interval) {
            return interval == null ? null : new IntervalView(interval.level(), interval.lower(), interval.upper());
        }
    }

    record ForecastView(String method, boolean automatic, String decidedBy, double[] point, IntervalView interval80,
            IntervalView interval95, Map<String, BacktestErrors> backtests, List<String> notes) {
    }

    record TrainingView(String card, double petaflopDays, int cards, int servers, double days) {
    }
}
