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
        Long cards = r.number("cards");
        return new TrainingEstimator(services.catalog()).answer(new TrainingEstimator.Question(r.decimal("parameters"),
                r.decimal("tokens"), r.text("gpuModel"), r.decimal("peakTflops"), r.decimal("utilization"),
                r.decimal("deadlineDays"), cards == null ? null : Math.toIntExact(cards)));
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
