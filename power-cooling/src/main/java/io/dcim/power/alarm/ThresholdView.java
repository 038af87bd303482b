package io.dcim.power.alarm;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A stored override as pages and the API show it, with the levels it results in (its own or inherited). */
public record ThresholdView(long id, int version, AlarmKind kind, Long siteId, Long cabinetId, BigDecimal warning,
                            BigDecimal critical, BigDecimal clearMargin, Threshold effective, Instant updatedAt)
        implements Serializable {
}
