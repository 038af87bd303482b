package io.dcim.rest.forecast;

import io.dcim.app.Services;
import io.dcim.rest.ApiResource;
import io.dcim.app.capacity.TrainingEstimator;
import io.dcim.common.access.Caller;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.forecasting.Criterion;
import io.dcim.forecasting.ForecastRequest;
import io.dcim.forecasting.ForecastResult;
import io.dcim.forecasting.Forecaster;
import io.dcim.forecasting.InformationCriterion;
import io.dcim.forecasting.IntervalLevels;
import io.dcim.forecasting.MethodChoice;
import io.dcim.forecasting.Period;
import io.dcim.forecasting.backtest.BacktestErrors;
import io.dcim.forecasting.method.PredictionInterval;
import io.dcim.forecasting.power.PowerForecast;
import io.dcim.forecasting.power.PowerForecastQuery;
import io.dcim.forecasting.power.PowerForecasts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The forecasting engine over HTTP: a forecast of any series with its backtests, the forecast of
 * a site's or a cabinet's measured power, and the training-job calculator (cards for a deadline,
 * or time on a number of cards).
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "forecasting", description = "forecasts of any series, and the training-job calculator")
public class ForecastResource extends ApiResource {

    private static final Forecaster FORECASTER = new Forecaster();

    @Inject
    public ForecastResource(Services services) {
        super(services);
    }

    /** {@code POST /forecast}: the series and how to forecast it; all but the series have defaults. */
    public record ForecastBody(
            @NotNull(message = "{rest.required.series}") double[] series,
            @Schema(description = "spacing of the observations: an ISO-8601 duration (PT1M, PT5M, PT15M, PT30M, PT1H, "
                    + "P1D, P1W, P1M, P3M) or its name (minute, five-minutes, fifteen-minutes, half-hour, hour, day, "
                    + "week, month, quarter); sub-daily periods add their weekly season (PT30M: 48 and 336)",
                    example = "PT30M", defaultValue = "P1D") String period,
            @Schema(description = "observations per season; default the period's usual one (7 for days, 12 for "
                    + "months, 48 for half-hours)") Integer seasonLength,
            @Schema(description = "steps to forecast; default one season") Integer horizon,
            @Schema(description = "auto, or a method: theta, ets, combination, seasonal-naive, linear, damped, "
                    + "holt-winters-additive, holt-winters-multiplicative", defaultValue = "auto") String method,
            @Schema(description = "what auto chooses by: a cross-validation error (mase, smape, mape) across Theta, "
                    + "ETS and their combination, or aicc within the ETS family on the whole series (faster, no "
                    + "backtests)", allowableValues = {"mase", "smape", "mape", "aicc"}, defaultValue = "mase")
            String criterion,
            @ArraySchema(schema = @Schema(description = "a level in percent, strictly between 0 and 100"),
                    maxItems = IntervalLevels.MAX, arraySchema = @Schema(description = "central prediction-interval "
                    + "levels in percent, at most 5; default [80, 95]", example = "[80, 95]")) double[] levels) {
    }

    /** {@code POST /training-estimate}: a deadline ({@code deadlineDays}) or a number of {@code cards}. */
    public record TrainingBody(Double parameters, Double tokens, String gpuModel, Double peakTflops, Double utilization,
            Double deadlineDays, Integer cards) {
    }

    @POST
    @Path("forecast")
    @Operation(summary = "Forecast a series: the method chosen by cross-validation (or AICc), its parameters and "
            + "the reason in a sentence, with intervals at the levels asked for")
    public ForecastView forecast(@Valid @NotNull ForecastBody body) {
        Period period = body.period() == null ? Period.DAY : Period.parse("period", body.period());
        Criterion criterion = body.criterion() == null ? Criterion.MASE : Criterion.parse("criterion", body.criterion());
        double[] levels = IntervalLevels.fromPercent("levels", body.levels());
        ForecastResult result = FORECASTER.forecast(new ForecastRequest(body.series(), period,
                body.seasonLength() == null ? period.usualSeasonLength() : body.seasonLength(),
                body.horizon() == null ? period.usualSeasonLength() : body.horizon(),
                body.method() == null ? MethodChoice.AUTO : MethodChoice.parse(body.method()), criterion, levels));
        return ForecastView.of(period, result, caller().locale());
    }

    @GET
    @Path("forecast/power")
    @Operation(summary = "Forecast a site's IT load (hourly) or a cabinet's draw (PT5M to PT1H) from its last four "
            + "weeks of readings, with its daily and weekly seasons and intervals")
    public PowerForecast powerForecast(
            @Parameter(description = "a site: its IT load, the sum of its PDUs; give this or cabinet") @QueryParam("site")
            Long site,
            @Parameter(description = "a cabinet: the sum of its PDUs") @QueryParam("cabinet") Long cabinet,
            @Parameter(description = "ISO-8601 duration ahead, one step to P14D; default PT24H", example = "PT24H")
            @QueryParam("horizon") String horizon,
            @Parameter(description = "ISO-8601 spacing: PT1H (default; the only one for a site), PT30M, PT15M or "
                    + "PT5M for a cabinet", example = "PT1H") @QueryParam("step") String step,
            @Parameter(description = "interval levels in percent, repeated (levels=80&levels=95); default 80 and 95")
            @QueryParam("levels") List<Double> levels) {
        if ((site == null) == (cabinet == null)) {
            throw new InvalidValueException(site == null ? "site" : "cabinet", Message.of("forecasting.power.scope"));
        }
        PowerForecastQuery query = PowerForecastQuery.parse(horizon, step, levels);
        PowerForecasts forecasts = services.forecasting().powerForecasts(services.power().trends());
        Caller caller = caller();
        return site != null ? forecasts.site(caller, site, query) : forecasts.cabinet(caller, cabinet, query);
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

    /** An interval at a level asked for; unlike {@code interval80}'s fraction, {@code level} is in percent as asked. */
    public record LevelView(@Schema(description = "percent, as in the request", example = "80") double level,
            double[] lower, double[] upper) {
        static LevelView of(PredictionInterval interval) {
            return new LevelView(IntervalLevels.percent(interval.level()), interval.lower(), interval.upper());
        }
    }

    public record ForecastView(String method, boolean automatic, String decidedBy, double[] point, IntervalView interval80,
            IntervalView interval95, Map<String, BacktestErrors> backtests, List<String> notes,
            @Schema(description = "ISO-8601 spacing of the series", example = "PT30M") String period,
            @Schema(description = "the seasons modelled, in observations: the one given first, then the period's "
                    + "longer ones that fit twice into the series", example = "[48, 336]") int[] seasons,
            @Schema(description = "the fitted form, e.g. ETS(M,Ad,A)") String model,
            @Schema(description = "the fitted parameters by name (alpha, beta, gamma, phi, sigma2, drift ...)")
            Map<String, Double> parameters,
            @Schema(description = "what decided an automatic choice: mase, smape, mape or aicc; null when the method "
                    + "was named") String criterion,
            @Schema(description = "the information criterion of the fitted form within its family (AICc for ETS); "
                    + "null for methods without a likelihood") InformationCriterion informationCriterion,
            @Schema(description = "why this method, in one sentence, in the Accept-Language (English or Chinese)") String explanation,
            @Schema(description = "intervals at the levels asked for, in their order") List<LevelView> intervals) {

        static ForecastView of(Period period, ForecastResult r, Locale locale) {
            Map<String, BacktestErrors> backtests = new LinkedHashMap<>();
            r.backtests().forEach((name, errors) -> backtests.put(name.id(), errors));
            return new ForecastView(r.method().id(), r.automatic(),
                    r.decidedBy() == null ? null : Criterion.of(r.decidedBy()).id(), r.point(),
                    IntervalView.of(r.interval80()), IntervalView.of(r.interval95()), backtests, r.notes(locale), period.iso(),
                    r.seasons(), r.model(), r.parameters(), r.criterion() == null ? null : r.criterion().id(),
                    InformationCriterion.aicc(r.informationCriterion()), r.explanation(locale),
                    r.intervals().stream().map(LevelView::of).toList());
        }
    }
}
