package io.dcim.forecasting.bench;

import io.dcim.testing.BenchScale;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The engine's automatic choice against R's {@code forecast} package on the series and forecasts
 * stored by {@code forecasting/bench/r-forecasts.R} (issue #15): mean and median MASE and sMAPE,
 * 80 % and 95 % interval coverage and time per series, over all series and per period, then
 * series by series. Methods are compared on the series every one of them could forecast, so one
 * failure cannot flatter anybody's mean; failures are listed.
 *
 * <p>The engine runs on one thread, after a warm-up pass over every series so the JIT has compiled
 * it (R's times are of one call each, with the package loaded and warm); its time per series is
 * the median of three runs.
 */
final class VersusR {

    static final String ENGINE = "engine";
    /** Timed runs per series (one at the CI smoke scale, where only running matters). */
    private static final int TIMED_RUNS = BenchScale.pick(3, 1);

    private final BenchData data;
    private final PrintStream out;

    private VersusR(BenchData data, PrintStream out) {
        this.data = data;
        this.out = out;
    }

    static void run(Path dataDirectory, PrintStream out) {
        new VersusR(BenchData.read(dataDirectory), out).compare(dataDirectory);
    }

    private void compare(Path dataDirectory) {
        Map<String, BenchForecast> engine = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        runEngine(engine, failures);

        List<String> forecasters = new ArrayList<>();
        forecasters.add(ENGINE);
        forecasters.addAll(data.rMethods());
        Map<String, Map<String, SeriesScore>> scores = new LinkedHashMap<>();
        for (String forecaster : forecasters) {
            scores.put(forecaster, new LinkedHashMap<>());
        }
        List<BenchSeries> common = new ArrayList<>();
        for (BenchSeries s : data.series()) {
            boolean everyone = true;
            for (String forecaster : forecasters) {
                BenchForecast f = forecaster.equals(ENGINE) ? engine.get(s.id()) : data.r(s.id(), forecaster).orElse(null);
                if (f == null) {
                    everyone = false;
                    failures.putIfAbsent(s.id() + " / " + forecaster, forecaster.equals(ENGINE)
                            ? "no forecast" : "R: " + data.rModel(s.id(), forecaster));
                } else {
                    scores.get(forecaster).put(s.id(), SeriesScore.of(s, f));
                }
            }
            if (everyone) {
                common.add(s);
            }
        }

        out.println("## dcim forecasting engine (automatic choice) against R's forecast package");
        rSession(dataDirectory).ifPresent(out::println);
        out.printf(Locale.ROOT, "%d series; held out: %s. Scored on the %d series every method forecast.%n",
                data.series().size(), heldOut(), common.size());
        summaryTable("all series", common, forecasters, scores);
        Map<String, List<BenchSeries>> byPeriod = common.stream()
                .collect(Collectors.groupingBy(BenchSeries::period, LinkedHashMap::new, Collectors.toList()));
        byPeriod.forEach((period, series) -> summaryTable(period, series, forecasters, scores));
        seriesTable(common, forecasters, scores, engine);
        if (!failures.isEmpty()) {
            out.println();
            out.println("Not scored (series / method: reason):");
            failures.forEach((what, why) -> out.println("- " + what + ": " + why));
        }
    }

    private void runEngine(Map<String, BenchForecast> engine, Map<String, String> failures) {
        EngineUnderTest underTest = new EngineUnderTest();
        for (BenchSeries s : data.series()) {
            try {
                underTest.forecast(s);
            } catch (RuntimeException e) {
                failures.put(s.id() + " / " + ENGINE, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        for (BenchSeries s : data.series()) {
            if (failures.containsKey(s.id() + " / " + ENGINE)) {
                continue;
            }
            double[] seconds = new double[TIMED_RUNS];
            double[] cpuSeconds = new double[TIMED_RUNS];
            BenchForecast last = null;
            for (int run = 0; run < TIMED_RUNS; run++) {
                last = underTest.forecast(s);
                seconds[run] = last.seconds();
                cpuSeconds[run] = last.cpuSeconds();
            }
            Arrays.sort(seconds);
            Arrays.sort(cpuSeconds);
            engine.put(s.id(), new BenchForecast(last.model(), seconds[TIMED_RUNS / 2], cpuSeconds[TIMED_RUNS / 2],
                    last.point(), last.lower80(), last.upper80(), last.lower95(), last.upper95()));
        }
    }

    private void summaryTable(String title, List<BenchSeries> series, List<String> forecasters,
                              Map<String, Map<String, SeriesScore>> scores) {
        out.println();
        out.printf(Locale.ROOT, "### %s (%d series)%n", title, series.size());
        out.println("| method | MASE mean | MASE median | sMAPE mean | sMAPE median | 80 % covered | 95 % covered"
                + " | CPU ms/series mean | CPU ms median | wall ms mean | engine's MASE lower on |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Map<String, SeriesScore> engineScores = scores.get(ENGINE);
        ScoreSummary engineSummary = ScoreSummary.of(pick(scores.get(ENGINE), series));
        for (String forecaster : forecasters) {
            ScoreSummary s = ScoreSummary.of(pick(scores.get(forecaster), series));
            String wins = "";
            if (!forecaster.equals(ENGINE)) {
                long lower = series.stream().filter(x -> engineScores.get(x.id()).mase()
                        < scores.get(forecaster).get(x.id()).mase()).count();
                wins = lower + "/" + series.size();
            }
            out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.2f | %.2f | %.1f %% | %.1f %% | %s | %s | %s | %s |%n",
                    forecaster, s.meanMase(), s.medianMase(), s.meanSmape(), s.medianSmape(),
                    100 * s.coverage80(), 100 * s.coverage95(), millis(s.meanCpuSeconds()),
                    millis(s.medianCpuSeconds()), millis(s.meanSeconds()), wins);
        }
        for (String forecaster : forecasters) {
            if (!forecaster.equals(ENGINE)) {
                ScoreSummary r = ScoreSummary.of(pick(scores.get(forecaster), series));
                out.printf(Locale.ROOT, "%s%s %.1f×", forecaster.equals(forecasters.get(1)) ? "Engine faster than: " : ", ",
                        forecaster, r.meanCpuSeconds() / engineSummary.meanCpuSeconds());
            }
        }
        out.println(" (ratio of mean CPU times per series)");
    }

    private void seriesTable(List<BenchSeries> series, List<String> forecasters,
                             Map<String, Map<String, SeriesScore>> scores, Map<String, BenchForecast> engine) {
        out.println();
        out.println("### MASE series by series (engine's choice; R's ets and auto.arima models)");
        out.println("| series | period | n | h | " + String.join(" | ", forecasters) + " | engine chose | ets | auto.arima |");
        out.println("|---|---|---:|---:|" + "---:|".repeat(forecasters.size()) + "---|---|---|");
        for (BenchSeries s : series) {
            StringBuilder row = new StringBuilder();
            row.append(String.format(Locale.ROOT, "| %s | %s | %d | %d |", s.id(), s.period(), s.training().length,
                    s.horizon()));
            for (String forecaster : forecasters) {
                row.append(String.format(Locale.ROOT, " %.3f |", scores.get(forecaster).get(s.id()).mase()));
            }
            row.append(' ').append(engine.get(s.id()).model()).append(" | ").append(data.rModel(s.id(), "ets"))
                    .append(" | ").append(data.rModel(s.id(), "auto.arima")).append(" |");
            out.println(row);
        }
    }

    private String heldOut() {
        Map<String, Set<Integer>> horizons = new LinkedHashMap<>();
        for (BenchSeries s : data.series()) {
            horizons.computeIfAbsent(s.period(), p -> new LinkedHashSet<>()).add(s.horizon());
        }
        return horizons.entrySet().stream()
                .map(e -> e.getValue().stream().map(String::valueOf).collect(Collectors.joining("/")) + " points of "
                        + e.getKey() + " series ("
                        + data.series().stream().filter(s -> s.period().equals(e.getKey())).count() + ")")
                .collect(Collectors.joining(", "));
    }

    private static Optional<String> rSession(Path dataDirectory) {
        Path file = dataDirectory.resolve("r-session.txt");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<SeriesScore> pick(Map<String, SeriesScore> scores, List<BenchSeries> series) {
        return series.stream().map(s -> scores.get(s.id())).toList();
    }

    private static String millis(double seconds) {
        double ms = seconds * 1000;
        return String.format(Locale.ROOT, ms < 10 ? "%.2f" : ms < 100 ? "%.1f" : "%.0f", ms);
    }
}
