package io.dcim.web.api;

import io.dcim.forecasting.ForecastRequest;
import io.dcim.forecasting.ForecastResult;
import io.dcim.forecasting.Forecaster;
import io.dcim.forecasting.MethodChoice;
import io.dcim.forecasting.Period;
import io.dcim.forecasting.backtest.BacktestErrors;
import io.dcim.forecasting.method.PredictionInterval;
import io.dcim.web.Services;
import io.dcim.web.capacity.TrainingEstimator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The forecasting engine over HTTP: a forecast of any series with its backtests, and the
 * training-job calculator (cards for a deadline, or time on a number of cards).
 */
final class ForecastApi {

    private final Services services;
    private final Forecaster forecaster = new Forecaster();

    ForecastApi(Services services) {
        this.services = services;
    }

    void register(List<Route> routes) {
        routes.add(Route.of("POST", "/forecast", this::forecast));
        routes.add(Route.of("POST", "/training-estimate", this::trainingEstimate));
    }

    /** {@code POST /forecast}: the series and how to forecast it; all but the series have defaults. */
    record ForecastBody(double[] series, Period period, Integer seasonLength, Integer horizon, String method) {
    }

    /** {@code POST /training-estimate}: a deadline ({@code deadlineDays}) or a number of {@code cards}. */
    record TrainingBody(Double parameters, Double tokens, String gpuModel, Double peakTflops, Double utilization,
            Double deadlineDays, Integer cards) {
    }

    private Object forecast(ApiRequest r) {
        ForecastBody body = r.body(ForecastBody.class);
        if (body.series() == null) {
            throw ApiException.badRequest("series", "is required: an array of numbers");
        }
        Period period = body.period() == null ? Period.DAY : body.period();
        ForecastResult result = forecaster.forecast(new ForecastRequest(body.series(), period,
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
    private Object trainingEstimate(ApiRequest r) {
        TrainingBody b = r.body(TrainingBody.class);
        return new TrainingEstimator(services.catalog()).answer(new TrainingEstimator.Question(b.parameters(), b.tokens(),
                b.gpuModel(), b.peakTflops(), b.utilization(), b.deadlineDays(), b.cards()));
    }

    record IntervalView(double level, double[] lower, double[] upper) {
        static IntervalView of(PredictionInterval interval) {
            return interval == null ? null : new IntervalView(interval.level(), interval.lower(), interval.upper());
        }
    }

    record ForecastView(String method, boolean automatic, String decidedBy, double[] point, IntervalView interval80,
            IntervalView interval95, Map<String, BacktestErrors> backtests, List<String> notes) {
    }

}
