package io.dcim.power.alarm;

import java.io.Serializable;
import java.time.Instant;

/** What one evaluation changed, and how many alarms are active after it. */
public record EvaluationReport(Instant at, int subjects, int raised, int escalated, int deescalated, int cleared,
                               int active) implements Serializable {
}
