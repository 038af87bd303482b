package io.dcim.forecasting.power;

import static io.dcim.common.access.Permission.READ;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
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
import io.dcim.power.load.CabinetTrend;
import io.dcim.power.load.PowerTrends;
import io.dcim.power.load.SiteTrend;
import io.dcim.power.load.TrendPoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Forecasts of measured power, for anyone who may read: a site's IT load (hourly, from the
 * hourly roll-ups) or a cabinet's draw (5, 15, 30 or 60 minutes), over the last four weeks or
 * {@link PowerTrends#MAX_POINTS} steps, whichever is shorter. The engine chooses the method by
 * cross-validation and models the daily and weekly seasons of sub-daily data itself.
 */
public final class PowerForecasts {

    /** Four weeks: two weekly seasons to tell the week from a trend, plus room for the backtests. */
    static final Duration HISTORY = Duration.ofDays(28);
    static final Set<Duration> CABINET_STEPS = Set.of(Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofHours(1));
    static final Duration SITE_STEP = Duration.ofHours(1);

    private final PowerTrends trends;
    private final Forecaster forecaster;
    private final Clock clock;

    public PowerForecasts(PowerTrends trends, Forecaster forecaster, Clock clock) {
        this.trends = trends;
        this.forecaster = forecaster;
        this.clock = clock;
    }

    public PowerForecast site(Caller caller, long siteId, PowerForecastQuery query) {
        return UseCase.call(caller, READ, () -> {
            if (!query.step().equals(SITE_STEP)) {
                throw new InvalidValueException("step", Message.of("forecasting.power.step", "PT5M, PT15M, PT30M, PT1H"));
            }
            Window window = window(query.step());
            SiteTrend trend = trends.site(siteId, window.from, window.to, window.points);
            return forecast("site", siteId, trend.siteName(), null, trend.itW(), trend.step(), query, caller.locale());
        });
    }

    public PowerForecast cabinet(Caller caller, long cabinetId, PowerForecastQuery query) {
        return UseCase.call(caller, READ, () -> {
            if (!CABINET_STEPS.contains(query.step())) {
                throw new InvalidValueException("step", Message.of("forecasting.power.step", "PT5M, PT15M, PT30M, PT1H"));
            }
            Window window = window(query.step());
            CabinetTrend trend = trends.cabinet(cabinetId, window.from, window.to, window.points);
            return forecast("cabinet", cabinetId, trend.cabinetName(), trend.contractedW(), trend.powerW(),
                    trend.step(), query, caller.locale());
        });
    }

    /** The history read: whole steps up to the last one that has ended, so no bucket is half full. */
    private record Window(Instant from, Instant to, int points) {
    }

    private Window window(Duration step) {
        long s = step.getSeconds();
        Instant to = Instant.ofEpochSecond(Math.floorDiv(clock.instant().getEpochSecond(), s) * s);
        int points = (int) Math.min(PowerTrends.MAX_POINTS, HISTORY.getSeconds() / s);
        return new Window(to.minus(step.multipliedBy(points)), to, points);
    }

    private PowerForecast forecast(String scope, long id, String name, Integer contractedW, List<TrendPoint> points,
                                   Duration step, PowerForecastQuery query, Locale locale) {
        if (!step.equals(query.step())) {
            throw new IllegalStateException("PowerTrends answered in steps of " + step + ", not " + query.step());
        }
        Period period = Period.ofStep(step).orElseThrow();
        RegularSeries series = RegularSeries.of(points, step);
        int m = period.usualSeasonLength();
        int steps = query.steps();
        int needed = Math.max(Forecaster.minimumSeriesLength(m, steps), (steps + 2) / 3);
        if (series.values().length < needed) {
            throw new InvalidValueException(scope, Message.of("forecasting.power.history", series.values().length,
                    step.toString(), HISTORY.toDays(), steps, needed));
        }
        ForecastResult r = forecaster.forecast(new ForecastRequest(series.values(), period, m, steps,
                MethodChoice.AUTO, Criterion.MASE, query.levels()));
        List<Instant> at = IntStream.rangeClosed(1, steps).mapToObj(k -> series.after(step, k)).toList();
        List<TrendPoint> history = IntStream.range(0, series.values().length)
                .mapToObj(i -> new TrendPoint(series.start().plus(step.multipliedBy(i)), series.values()[i])).toList();
        List<PowerForecast.Band> bands = new ArrayList<>();
        r.intervals().forEach(i -> bands.add(new PowerForecast.Band(IntervalLevels.percent(i.level()), i.lower(),
                i.upper())));
        return new PowerForecast(scope, id, name, contractedW, step.toString(), r.seasons(), history, series.filled(),
                at, r.point(), bands, r.method().id(), r.model(), r.parameters(),
                r.criterion() == null ? null : r.criterion().id(), InformationCriterion.aicc(r.informationCriterion()),
                r.explanation(locale), r.notes(locale));
    }
}
