package io.dcim.rest.forecast;

import io.dcim.forecasting.ForecastRequest;
import io.dcim.forecasting.ForecastResult;
import io.dcim.forecasting.Forecaster;
import io.dcim.forecasting.MethodChoice;
import io.dcim.forecasting.Period;
import io.dcim.forecasting.backtest.BacktestErrors;
import io.dcim.forecasting.method.PredictionInterval;
import io.dcim.app.Services;
import io.dcim.app.capacity.TrainingEstimator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The forecasting engine over HTTP: a forecast of any series with its backtests, and the
 * training-job calculator (cards for a deadline, or time on a number of cards).
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "forecasting", description = "forecasts of any series, and the training-job calculator")
public class ForecastResource {

    private static final Forecaster FORECASTER = new Forecaster();

    private final Services services;

    @Inject
    public ForecastResource(Services services) {
        this.services = services;
    }

    /** {@code POST /forecast}: the series and how to forecast it; all but the series have defaults. */
    public record ForecastBody(@NotNull(message = "is required: an array of numbers") double[] series, Period period,
            Integer seasonLength, Integer horizon, String method) {
    }

    /** {@code POST /training-estimate}: a deadline ({@code deadlineDays}) or a number of {@code cards}. */
    public record TrainingBody(Double parameters, Double tokens, String gpuModel, Double peakTflops, Double utilization,
            Double deadlineDays, Integer cards) {
    }

    @POST
    @Path("forecast")
    @Operation(summary = "Forecast a series: the method chosen by backtest, with 80% and 95% intervals")
    public ForecastView forecast(@Valid @NotNull ForecastBody body) {
        Period period = body.period() == null ? Period.DAY : body.period();
        ForecastResult result = FORECASTER.forecast(new ForecastRequest(body.series(), period,
                body.seasonLength() == null ? period.usualSeasonLength() : body.seasonLength(),
                body.horizon() == null ? period.usualSeasonLength() : body.horizon(),
                body.method() == null ? MethodChoice.AUTO : MethodChoice.parse(body.method())));
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
    @POST
    @Path("training-estimate")
    @Operation(summary = "Cards (and 8-GPU servers) for a training deadline, or the days on a number of cards")
    public TrainingEstimator.Answer trainingEstimate(@Valid @NotNull TrainingBody b) {
        return new TrainingEstimator(services.catalog()).answer(new TrainingEstimator.Question(b.parameters(), b.tokens(),
                b.gpuModel(), b.peakTflops(), b.utilization(), b.deadlineDays(), b.cards()));
    }

    public record IntervalView(double level, double[] lower, double[] upper) {
        static IntervalView of(PredictionInterval interval) {
            return interval == null ? null : new IntervalView(interval.level(), interval.lower(), interval.upper());
        }
    }

    public record ForecastView(String method, boolean automatic, String decidedBy, double[] point, IntervalView interval80,
            IntervalView interval95, Map<String, BacktestErrors> backtests, List<String> notes) {
    }
}
