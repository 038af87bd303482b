package io.dcim.forecasting.demand;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.forecasting.ForecastRequest;
import io.dcim.forecasting.ForecastResult;
import io.dcim.forecasting.Forecaster;
import io.dcim.forecasting.MethodChoice;
import io.dcim.forecasting.Period;
import io.dcim.forecasting.history.Resource;
import io.dcim.forecasting.history.UtilizationHistory;
import io.dcim.forecasting.history.UtilizationSeries;
import io.dcim.forecasting.method.MethodName;
import io.dcim.forecasting.history.GpuClass;
import io.dcim.forecasting.history.UtilizationPoint;
import io.dcim.forecasting.usage.UsageGrouping;
import io.dcim.forecasting.usage.UsageQueries;
import io.dcim.forecasting.usage.UtilizationTotal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Total demand = the forecast of organic use (the engine on the monthly means of the daily history; for GPUs at a
 * site with usage imported, of the cards busy each day rather than allocated, see {@link DemandSeries}) + the
 * pipeline, weighted by probability or committed only. Pipeline entries that started by today are left out:
 * their use is in the history already.
 */
public final class DemandForecast {

    /** Months of history the forecast looks at. */
    static final int HISTORY_MONTHS = 36;
    /** Fewer complete months than this and use is held flat at the last observed level. */
    static final int MIN_MONTHS = 6;
    /** Months in the season the engine looks for. */
    static final int SEASON = 12;
    public static final int MAX_MONTHS = 120;
    private static final BigDecimal HOURS_A_DAY = BigDecimal.valueOf(24);

    private final UtilizationHistory history;
    private final DemandService pipeline;
    private final Forecaster forecaster;
    private final Clock clock;
    /** The site's usage, when the application has it: GPU demand is then forecast on card-hours used. */
    private final UsageQueries usage;

    public DemandForecast(UtilizationHistory history, DemandService pipeline, Forecaster forecaster, Clock clock) {
        this(history, pipeline, forecaster, clock, null);
    }

    public DemandForecast(UtilizationHistory history, DemandService pipeline, Forecaster forecaster, Clock clock,
                          UsageQueries usage) {
        this.history = history;
        this.pipeline = pipeline;
        this.forecaster = forecaster;
        this.clock = clock;
        this.usage = usage;
    }

    /** Demand for {@code months} months from next month, the method chosen by backtest unless {@code method} names one. */
    public DemandOutlook outlook(long siteId, Resource resource, int months, MethodChoice method) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new InvalidValueException("months", Message.of("forecasting.field.between", 1, MAX_MONTHS, months));
        }
        LocalDate today = LocalDate.now(clock);
        YearMonth first = YearMonth.from(today).plusMonths(1);
        List<Message> notes = new ArrayList<>();
        UtilizationSeries series = resource == Resource.GPU ? usedCardHours(siteId, today) : null;
        DemandSeries source = series == null ? DemandSeries.ALLOCATED : DemandSeries.USED_CARD_HOURS;
        if (series == null) {
            series = history.series(siteId, resource, today.minusMonths(HISTORY_MONTHS), today);
            if (resource == Resource.GPU) {
                notes.add(Message.of("forecasting.capacity.note.allocations"));
            }
        } else {
            notes.add(Message.of("forecasting.capacity.note.usedCardHours", series.points().get(0).day()));
        }
        double last = series.isEmpty() ? 0 : series.points().get(series.points().size() - 1).used();
        double[] monthly = series.completeMonthsUsed();
        Organic organic = organic(monthly, months, last, method == null ? MethodChoice.AUTO : method, notes);
        double[] weighted = pipeline.monthly(siteId, resource, first, months, DemandView.WEIGHTED, today);
        double[] committed = pipeline.monthly(siteId, resource, first, months, DemandView.COMMITTED_ONLY, today);
        List<DemandMonth> out = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            out.add(new DemandMonth(first.plusMonths(i), organic.values[0][i], organic.values[1][i],
                    organic.values[2][i], weighted[i], committed[i]));
        }
        return new DemandOutlook(siteId, resource, out, organic.method, last, notes, source);
    }

    /**
     * The cards busy on average each day (card-hours used / 24, rounded), from the first day with any use in the
     * history window to yesterday (today is not over); null when the site has no usage imported in the window.
     */
    private UtilizationSeries usedCardHours(long siteId, LocalDate today) {
        if (usage == null) {
            return null;
        }
        List<UtilizationPoint> points = new ArrayList<>();
        for (UtilizationTotal day : usage.utilization(siteId, today.minusMonths(HISTORY_MONTHS), today, UsageGrouping.DAY)) {
            if (points.isEmpty() && day.cardHoursUsed().signum() == 0) {
                continue;
            }
            long busy = day.cardHoursUsed().divide(HOURS_A_DAY, 0, RoundingMode.HALF_UP).longValueExact();
            long available = day.cardHoursAvailable().divide(HOURS_A_DAY, 0, RoundingMode.HALF_UP).longValueExact();
            points.add(new UtilizationPoint(LocalDate.parse(day.key()), busy, available, available, true));
        }
        return points.isEmpty() ? null : new UtilizationSeries(siteId, Resource.GPU, GpuClass.ALL, points);
    }

    /** {point, low80, high80} rows, and the method (null when held flat). */
    private record Organic(double[][] values, MethodName method) {
    }

    /** The first forecast step is the current (incomplete) month, left out. */
    private Organic organic(double[] monthly, int months, double last, MethodChoice method, List<Message> notes) {
        double[][] out = new double[3][months];
        // The engine needs a season and three more months (a site whose usage import is recent has fewer)
        int minimum = Math.max(MIN_MONTHS, SEASON + 3);
        if (monthly.length < minimum) {
            notes.add(Message.of("forecasting.capacity.note.heldFlat", monthly.length, minimum, Math.round(last)));
            for (double[] row : out) {
                Arrays.fill(row, last);
            }
            return new Organic(out, null);
        }
        ForecastResult result = forecaster.forecast(new ForecastRequest(monthly, Period.MONTH, SEASON, months + 1, method));
        notes.add(Message.of(result.automatic() ? "forecasting.capacity.note.methodChosen" : "forecasting.capacity.note.methodAsked",
                result.method().id(), monthly.length));
        // why that method, then what the forecaster left out or fell back to: each worded by the reader's door
        notes.add(result.why());
        notes.addAll(result.remarks());
        double[] point = result.point();
        double[] low = result.interval80().lower();
        double[] high = result.interval80().upper();
        for (int i = 0; i < months; i++) {
            out[0][i] = Math.max(0, point[i + 1]);
            out[1][i] = Math.max(0, low[i + 1]);
            out[2][i] = Math.max(0, high[i + 1]);
        }
        return new Organic(out, result.method());
    }
}
