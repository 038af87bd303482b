package io.dcim.power.reading;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.power.collect.Reading;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One stored value: which target, which metric, when, and the value in the metric's unit.
 * Times are kept to the microsecond, the precision of the database columns, so what is read back equals
 * what was written.
 *
 * @param metric the profile's metric name, with the table row in brackets for per-row values:
 *               {@code pdu.power.w}, {@code pdu.phase.current.a[1]} (see {@link #metricKey})
 */
public record TargetReading(long targetId, String metric, Instant at, double value) {

    public static final int MAX_METRIC_LENGTH = 120;

    public TargetReading {
        if (metric == null || metric.isBlank()) {
            throw new InvalidValueException("metric", Message.of("power.field.notEmpty"));
        }
        if (metric.length() > MAX_METRIC_LENGTH) {
            throw new InvalidValueException("metric", Message.of("common.field.tooLong", metric.length(),
                    MAX_METRIC_LENGTH));
        }
        if (metric.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("metric", Message.of("power.reading.controlCharacters"));
        }
        Objects.requireNonNull(at, "at");
        at = at.truncatedTo(ChronoUnit.MICROS);
        if (!Double.isFinite(value)) {
            throw new InvalidValueException("value", Message.of("power.reading.notFinite", metric,
                    String.valueOf(value)));
        }
    }

    /** A profile's reading of one target at one poll. */
    public static TargetReading of(long targetId, Instant at, Reading reading) {
        return new TargetReading(targetId, metricKey(reading.metric(), reading.instance()), at,
                reading.value().doubleValue());
    }

    /** Everything one poll of one target read. */
    public static List<TargetReading> ofPoll(long targetId, Instant at, List<Reading> readings) {
        List<TargetReading> out = new ArrayList<>(readings.size());
        readings.forEach(r -> out.add(of(targetId, at, r)));
        return out;
    }

    /** {@code metric} for scalars, {@code metric[instance]} for table rows (phases, outlets, sensors). */
    public static String metricKey(String metric, String instance) {
        return instance == null || instance.isEmpty() ? metric : metric + "[" + instance + "]";
    }
}
