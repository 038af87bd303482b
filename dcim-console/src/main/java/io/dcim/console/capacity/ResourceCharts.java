package io.dcim.console.capacity;

import io.dcim.console.power.ChartWords;
import org.apache.wicket.Component;
import io.dcim.app.ForecastingServices;
import io.dcim.console.chart.ChartDates;
import io.dcim.console.chart.Charts;
import io.dcim.console.chart.Charts.Pen;
import io.dcim.forecasting.ForecastRequest;
import io.dcim.forecasting.ForecastResult;
import io.dcim.forecasting.Forecaster;
import io.dcim.forecasting.MethodChoice;
import io.dcim.forecasting.Period;
import io.dcim.forecasting.capacity.CapacityMonth;
import io.dcim.forecasting.capacity.CapacityPlan;
import io.dcim.forecasting.capacity.Recommendation;
import io.dcim.forecasting.history.UtilizationPoint;
import io.dcim.forecasting.history.UtilizationSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;

/** The charts of a resource's plan, built from the plan choice alone so that pages keep no data. */
final class ResourceCharts {

    private final ForecastingServices forecasting;
    /** The page the charts are drawn for: their words are in its language. */
    private final Component reader;
    private final ChartWords words;

    /** How much history the forecast chart shows before today. */
    static final int HISTORY_MONTHS = 24;
    /** Below this the organic forecast is held flat and there is nothing to compare. */
    static final int MIN_MONTHS_FOR_BACKTESTS = 6;

    ResourceCharts(ForecastingServices forecasting, Component reader) {
        this.forecasting = forecasting;
        this.reader = reader;
        this.words = ChartWords.of(ResourceCharts.class, reader.getLocale());
    }

    CapacityPlan plan(PlanChoice choice) {
        return forecasting.planner().plan(choice.siteId(), choice.resource(), choice.assumptions(), choice.methodChoice());
    }

    UtilizationSeries history(PlanChoice choice) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return forecasting.history().series(choice.siteId(), choice.resource(), today.minusMonths(HISTORY_MONTHS), today);
    }

    /** History, forecast demand with its 80% band, capacity and usable capacity as steps, order-by markers. */
    JFreeChart forecast(PlanChoice choice) {
        CapacityPlan plan = plan(choice);
        double scale = Units.scale(choice.resource());
        ForecastChart chart = new ForecastChart(words.get("forecast.title", Units.title(choice.resource(), reader)),
                Units.label(choice.resource(), reader), words);
        TreeMap<LocalDate, Double> capacity = new TreeMap<>();
        for (UtilizationPoint p : history(choice).points()) {
            chart.history(p.day(), p.used() / scale);
            capacity.put(p.day(), p.capacity() / scale);
        }
        for (CapacityMonth m : plan.months()) {
            // Monthly means are drawn mid-month; capacity steps at the month's first day.
            chart.forecast(m.month().atDay(15), m.demand() / scale, m.demandLow() / scale, m.demandHigh() / scale);
            capacity.put(m.month().atDay(1), m.capacity() / scale);
        }
        chart.capacity(capacity, choice.assumptions().headroom());
        for (Recommendation r : plan.recommendations()) {
            chart.orderBy(r.orderBy(), r.kind() == Recommendation.Kind.SERVERS ? words.get("forecast.order", r.servers())
                    : words.get("forecast.lease", r.cabinetsToLease()));
        }
        return chart.build();
    }

    /**
     * What the plan's purchases cost and earn, month by month: the running total of revenue less
     * capex, lease and electricity (where it crosses zero the purchases have paid for themselves).
     */
    JFreeChart costs(PlanChoice choice) {
        CapacityPlan plan = plan(choice);
        TimeSeries cumulative = new TimeSeries(words.get("costs.cumulative"));
        TimeSeries revenue = new TimeSeries(words.get("costs.revenue"));
        TimeSeries running = new TimeSeries(words.get("costs.running"));
        BigDecimal total = BigDecimal.ZERO;
        for (CapacityMonth m : plan.months()) {
            BigDecimal in = BigDecimal.ZERO;
            BigDecimal out = BigDecimal.ZERO;
            BigDecimal accountingCosts = BigDecimal.ZERO;
            for (Recommendation r : plan.recommendations()) {
                YearMonth arrival = YearMonth.from(r.needDate());
                if (arrival.equals(m.month())) {
                    out = out.add(r.costs().capex());
                }
                if (!arrival.isAfter(m.month())) {
                    in = in.add(r.costs().monthlyRevenue());
                    out = out.add(r.costs().monthlyLease()).add(r.costs().monthlyElectricity());
                    accountingCosts = accountingCosts.add(r.costs().monthlyLease()).add(r.costs().monthlyElectricity())
                            .add(r.costs().monthlyDepreciation());
                }
            }
            total = total.add(in).subtract(out);
            Month month = new Month(m.month().getMonthValue(), m.month().getYear());
            cumulative.add(month, total);
            revenue.add(month, in);
            running.add(month, accountingCosts);
        }
        JFreeChart chart = ChartDates.calendarLines(words.get("costs.title"), words.get("costs.axis"), words.locale(),
                cumulative, revenue, running);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(Charts.drawn(new XYLineAndShapeRenderer(true, false), Pen.solid(Charts.BLUE),
                Pen.paint(Charts.GREEN), Pen.paint(Charts.RED)));
        plot.addRangeMarker(new ValueMarker(0, Charts.GREY, Charts.DASHED));
        return chart;
    }

    /** The methods' backtest errors on the monthly history the organic forecast reads. */
    ForecastResult methodComparison(PlanChoice choice) {
        double[] monthly = history(choice).completeMonthsUsed();
        if (monthly.length < MIN_MONTHS_FOR_BACKTESTS) {
            return null;
        }
        return new Forecaster().forecast(new ForecastRequest(monthly, Period.MONTH, 12, 12, MethodChoice.AUTO));
    }

    JFreeChart backtests(PlanChoice choice) {
        ForecastResult result = methodComparison(choice);
        return BacktestChart.of(words, words.get("backtests.title"),
                result == null ? java.util.Map.of() : result.backtests(), result == null ? null : result.method());
    }

}
