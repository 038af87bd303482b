package io.dcim.forecasting.history;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily history of one resource (and GPU class, or {@link GpuClass#ALL}) at one site, oldest day first.
 * Days without a snapshot are absent, not zero.
 */
public record UtilizationSeries(long siteId, Resource resource, String gpuClass, List<UtilizationPoint> points)
        implements Serializable {

    public UtilizationSeries {
        points = List.copyOf(points);
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    public double[] used() {
        return points.stream().mapToDouble(UtilizationPoint::used).toArray();
    }

    public double[] capacity() {
        return points.stream().mapToDouble(UtilizationPoint::capacity).toArray();
    }

    public LocalDate lastDay() {
        return points.isEmpty() ? null : points.get(points.size() - 1).day();
    }

    /** Mean use of each calendar month that has at least one day, in month order. */
    public Map<YearMonth, Double> monthlyMeanUsed() {
        Map<YearMonth, double[]> sums = new LinkedHashMap<>();
        for (UtilizationPoint p : points) {
            double[] s = sums.computeIfAbsent(YearMonth.from(p.day()), m -> new double[2]);
            s[0] += p.used();
            s[1]++;
        }
        Map<YearMonth, Double> means = new LinkedHashMap<>();
        sums.forEach((month, s) -> means.put(month, s[0] / s[1]));
        return means;
    }

    /** {@link #monthlyMeanUsed()} of the complete months only (the month of the last day is left out). */
    public double[] completeMonthsUsed() {
        List<Double> values = new ArrayList<>();
        YearMonth last = points.isEmpty() ? null : YearMonth.from(lastDay());
        YearMonth first = points.isEmpty() ? null : YearMonth.from(points.get(0).day());
        monthlyMeanUsed().forEach((month, mean) -> {
            boolean partialLast = month.equals(last) && !lastDay().equals(month.atEndOfMonth());
            boolean partialFirst = month.equals(first) && points.get(0).day().getDayOfMonth() != 1;
            if (!partialLast && !partialFirst) {
                values.add(mean);
            }
        });
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
