package io.dcim.forecasting.power;

import io.dcim.forecasting.InformationCriterion;
import io.dcim.power.load.TrendPoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A site's IT load or a cabinet's draw, its recent history and its forecast: what a chart draws
 * (history, point forecast and bands) and what a page says about it (model, explanation).
 *
 * @param scope       {@code site} or {@code cabinet}
 * @param contractedW the cabinet's contracted power, to draw as a line; null for a site
 * @param step        ISO-8601 spacing of history and forecast, e.g. {@code PT1H}
 * @param seasons     the seasons modelled, in steps (24 and 168 for hourly data)
 * @param history     the measured series the forecast starts from, gaps filled, in W
 * @param filledGaps  how many history buckets had no reading and were filled on a straight line
 * @param at          the start of each forecast bucket
 * @param pointW      the point forecast per bucket, in W
 * @param intervals   the bands at the levels asked for, in W
 */
public record PowerForecast(String scope, long id, String name, Integer contractedW, String step, int[] seasons,
                            List<TrendPoint> history, int filledGaps, List<Instant> at, double[] pointW,
                            List<Band> intervals, String method, String model, Map<String, Double> parameters,
                            String criterion, InformationCriterion informationCriterion, String explanation,
                            List<String> notes) {

    /** A central prediction interval; {@code level} in percent (80 for 80 %). */
    public record Band(double level, double[] lower, double[] upper) {

        public Band {
            lower = lower.clone();
            upper = upper.clone();
        }

        @Override
        public double[] lower() {
            return lower.clone();
        }

        @Override
        public double[] upper() {
            return upper.clone();
        }
    }

    public PowerForecast {
        seasons = seasons.clone();
        history = List.copyOf(history);
        at = List.copyOf(at);
        pointW = pointW.clone();
        intervals = List.copyOf(intervals);
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        notes = List.copyOf(notes);
    }

    @Override
    public int[] seasons() {
        return seasons.clone();
    }

    @Override
    public double[] pointW() {
        return pointW.clone();
    }
}
