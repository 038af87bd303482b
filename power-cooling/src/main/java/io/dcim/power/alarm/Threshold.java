package io.dcim.power.alarm;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The levels in force for one kind of alarm on one subject: an alarm is raised past {@code warning} or
 * {@code critical} (either may be null: no such level), and it stays at a severity until the value falls
 * {@code clearMargin} below that severity's level, so a value wobbling around a level does not make an alarm
 * flap. {@code source} says whether a cabinet or site override or the default set the levels (the most
 * specific override that set any of them).
 */
public record Threshold(AlarmKind kind, BigDecimal warning, BigDecimal critical, BigDecimal clearMargin,
                        ThresholdSource source) implements Serializable {

    /**
     * The severity an alarm should have given its current one (null: none active) and the value now.
     * Rising is immediate; falling to a lower severity, or clearing, needs the value to drop by the margin.
     */
    public Severity next(Severity current, double value) {
        if (past(critical, value, 0)) {
            return Severity.CRITICAL;
        }
        if (current == Severity.CRITICAL && past(critical, value, margin())) {
            return Severity.CRITICAL;
        }
        if (past(warning, value, 0)) {
            return Severity.WARNING;
        }
        if (current != null && past(warning, value, margin())) {
            return Severity.WARNING;
        }
        return null;
    }

    /** The level of a severity (the one a raise or a change crossed). */
    public BigDecimal level(Severity severity) {
        return severity == Severity.CRITICAL ? critical : warning;
    }

    private double margin() {
        return clearMargin == null ? 0 : clearMargin.doubleValue();
    }

    private boolean past(BigDecimal level, double value, double margin) {
        if (level == null) {
            return false;
        }
        double bound = level.doubleValue() - margin;
        return kind.reachedAtLevel() ? value >= bound : value > bound;
    }
}
