package io.dcim.power.alarm;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The levels that apply where no site or cabinet overrides them. The shipped defaults: a cabinet warns above
 * 80 % of its contracted power and is critical above 95 %, clearing 5 points lower; an inlet warns above 27 °C
 * (the top of the ASHRAE recommended envelope) and is critical above 32 °C (the top of class A1's allowable
 * range), clearing 1 °C lower; a target that missed 3 polls in a row is a warning, cleared by its next answer; a
 * cabinet drawing more than one side of its feeds can carry (derated) has lost its redundancy, a warning above
 * 100 % of that side and critical above 120 % (a failed side would trip the survivor's breaker soon, not just
 * run it over its continuous rating), clearing below 95 %.
 */
public record ThresholdDefaults(Map<AlarmKind, Threshold> byKind) {

    public static final ThresholdDefaults SHIPPED = new ThresholdDefaults(Map.of(
            AlarmKind.CABINET_POWER, of(AlarmKind.CABINET_POWER, "80", "95", "5"),
            AlarmKind.INLET_TEMP, of(AlarmKind.INLET_TEMP, "27", "32", "1"),
            AlarmKind.TARGET_UNREACHABLE, of(AlarmKind.TARGET_UNREACHABLE, "3", null, "0"),
            AlarmKind.CABLE_FAULT, of(AlarmKind.CABLE_FAULT, "1", "2", "0"),
            AlarmKind.REDUNDANCY_LOST, of(AlarmKind.REDUNDANCY_LOST, "100", "120", "5")));

    public ThresholdDefaults {
        Map<AlarmKind, Threshold> copy = new EnumMap<>(AlarmKind.class);
        copy.putAll(byKind);
        for (AlarmKind kind : AlarmKind.values()) {
            Threshold t = copy.get(kind);
            if (t == null || t.kind() != kind || t.clearMargin() == null) {
                throw new InvalidValueException("thresholds." + kind, Message.of("power.threshold.defaultRequired"));
            }
        }
        byKind = Map.copyOf(copy);
    }

    public Threshold of(AlarmKind kind) {
        return byKind.get(kind);
    }

    /** The shipped defaults with one kind's levels replaced (configuration). */
    public ThresholdDefaults with(AlarmKind kind, BigDecimal warning, BigDecimal critical, BigDecimal clearMargin) {
        Map<AlarmKind, Threshold> copy = new EnumMap<>(byKind);
        copy.put(kind, new Threshold(kind, warning, critical, clearMargin, ThresholdSource.DEFAULT));
        return new ThresholdDefaults(copy);
    }

    private static Threshold of(AlarmKind kind, String warning, String critical, String margin) {
        return new Threshold(kind, warning == null ? null : new BigDecimal(warning),
                critical == null ? null : new BigDecimal(critical), new BigDecimal(margin), ThresholdSource.DEFAULT);
    }
}
