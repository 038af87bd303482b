package io.dcim.forecasting.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stored output of {@code forecasting/bench/r-forecasts.R}: the series (training part and
 * held-out actuals) and R's forecasts of them, so the comparison re-runs without R.
 *
 * <ul>
 *   <li>{@code series.csv}: id, source, period, seasons (space-separated, shortest first), horizon, train_length</li>
 *   <li>{@code values.csv}: id, t (1-based), value; t &gt; train_length is held out</li>
 *   <li>{@code r-forecasts.csv}: id, method, step, point, lo80, hi80, lo95, hi95</li>
 *   <li>{@code r-models.csv}: id, method, model, seconds (wall), cpu_seconds (user + system), note</li>
 * </ul>
 */
final class BenchData {

    private final List<BenchSeries> series;
    private final List<String> rMethods;
    private final Map<String, BenchForecast> rForecasts;

    private BenchData(List<BenchSeries> series, List<String> rMethods, Map<String, BenchForecast> rForecasts) {
        this.series = List.copyOf(series);
        this.rMethods = List.copyOf(rMethods);
        this.rForecasts = Map.copyOf(rForecasts);
    }

    static BenchData read(Path directory) {
        List<BenchSeries> series = readSeries(directory);
        Map<String, Integer> horizons = new HashMap<>();
        series.forEach(s -> horizons.put(s.id(), s.horizon()));

        CsvTable models = CsvTable.read(directory.resolve("r-models.csv"));
        Set<String> methods = new LinkedHashSet<>();
        Map<String, String[]> modelOf = new HashMap<>();
        for (int r = 0; r < models.size(); r++) {
            methods.add(models.text(r, "method"));
            modelOf.put(key(models.text(r, "id"), models.text(r, "method")),
                    new String[] {models.text(r, "model"), models.text(r, "seconds"), models.text(r, "cpu_seconds")});
        }

        CsvTable forecasts = CsvTable.read(directory.resolve("r-forecasts.csv"));
        Map<String, double[][]> columns = new HashMap<>();
        for (int r = 0; r < forecasts.size(); r++) {
            String id = forecasts.text(r, "id");
            Integer h = horizons.get(id);
            if (h == null) {
                throw new IllegalArgumentException("r-forecasts.csv row " + (r + 2) + ": series '" + id
                        + "' is not in series.csv");
            }
            int step = forecasts.integer(r, "step");
            if (step < 1 || step > h) {
                throw new IllegalArgumentException("r-forecasts.csv row " + (r + 2) + ": step " + step
                        + " outside 1.." + h + " for " + id);
            }
            double[][] values = columns.computeIfAbsent(key(id, forecasts.text(r, "method")), k -> nanColumns(h));
            String[] names = {"point", "lo80", "hi80", "lo95", "hi95"};
            for (int c = 0; c < names.length; c++) {
                values[c][step - 1] = forecasts.number(r, names[c]);
            }
        }

        Map<String, BenchForecast> rForecasts = new LinkedHashMap<>();
        columns.forEach((key, v) -> {
            String[] model = modelOf.getOrDefault(key, new String[] {"?", "NA", "NA"});
            rForecasts.put(key, new BenchForecast(model[0], seconds(model[1]), seconds(model[2]),
                    v[0], v[1], v[2], v[3], v[4]));
        });
        return new BenchData(series, new ArrayList<>(methods), rForecasts);
    }

    List<BenchSeries> series() {
        return series;
    }

    /** R's methods in the order the script ran them, e.g. ets, auto.arima, thetaf, snaive, stlf. */
    List<String> rMethods() {
        return rMethods;
    }

    /** R's forecast of a series by a method; empty when R failed on it (missing values count as failed). */
    Optional<BenchForecast> r(String seriesId, String method) {
        return Optional.ofNullable(rForecasts.get(key(seriesId, method))).filter(BenchForecast::complete);
    }

    /** What R named the model it fitted, e.g. {@code ETS(M,Ad,M)}; "failed" when R gave no forecast, "?" when unnamed. */
    String rModel(String seriesId, String method) {
        BenchForecast f = rForecasts.get(key(seriesId, method));
        return f == null ? "failed" : f.model();
    }

    private static List<BenchSeries> readSeries(Path directory) {
        CsvTable table = CsvTable.read(directory.resolve("series.csv"));
        CsvTable valueTable = CsvTable.read(directory.resolve("values.csv"));
        Map<String, List<Double>> values = new HashMap<>();
        for (int r = 0; r < valueTable.size(); r++) {
            List<Double> list = values.computeIfAbsent(valueTable.text(r, "id"), k -> new ArrayList<>());
            int t = valueTable.integer(r, "t");
            if (t != list.size() + 1) {
                throw new IllegalArgumentException("values.csv row " + (r + 2) + ": t = " + t + " for "
                        + valueTable.text(r, "id") + ", expected " + (list.size() + 1) + " (rows in time order)");
            }
            list.add(valueTable.number(r, "value"));
        }
        List<BenchSeries> series = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            String id = table.text(r, "id");
            int trainLength = table.integer(r, "train_length");
            int horizon = table.integer(r, "horizon");
            List<Double> all = values.getOrDefault(id, List.of());
            if (all.size() != trainLength + horizon) {
                throw new IllegalArgumentException("values.csv holds " + all.size() + " values for " + id
                        + ", series.csv says " + trainLength + " + " + horizon);
            }
            double[] y = all.stream().mapToDouble(Double::doubleValue).toArray();
            int[] seasons = Arrays.stream(table.text(r, "seasons").trim().split("\\s+"))
                    .mapToInt(Integer::parseInt).toArray();
            series.add(new BenchSeries(id, table.text(r, "source"), table.text(r, "period"), seasons,
                    Arrays.copyOfRange(y, 0, trainLength), Arrays.copyOfRange(y, trainLength, y.length)));
        }
        return series;
    }

    private static double seconds(String text) {
        return text.equals("NA") ? Double.NaN : Double.parseDouble(text);
    }

    private static double[][] nanColumns(int h) {
        double[][] values = new double[5][h];
        for (double[] column : values) {
            Arrays.fill(column, Double.NaN);
        }
        return values;
    }

    private static String key(String id, String method) {
        return id + '\u0000' + method;
    }
}
