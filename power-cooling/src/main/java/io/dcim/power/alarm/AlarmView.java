package io.dcim.power.alarm;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** An alarm as pages, the API and notifications show it. A value. */
public record AlarmView(long id, int version, AlarmKind kind, Severity severity, AlarmState state,
                        SubjectType subjectType, long subjectId, String subjectName, long siteId, Long roomId,
                        Long cabinetId, Long targetId, Instant raisedAt, double raisedValue, BigDecimal level,
                        String message, Instant severityChangedAt, Instant clearedAt, Double clearedValue,
                        String clearReason, Instant ackedAt, String ackedBy, String ackComment)
        implements Serializable {

    static AlarmView of(Alarm a) {
        return new AlarmView(a.getId(), a.getVersion(), a.getKind(), a.getSeverity(), a.getState(),
                a.getSubjectType(), a.getSubjectId(), a.getSubjectName(), a.getSiteId(), a.getRoomId(),
                a.getCabinetId(), a.getTargetId(), a.getRaisedAt(), a.getRaisedValue(), a.getLevel(), a.getMessage(),
                a.getSeverityChangedAt(), a.getClearedAt(), a.getClearedValue(), a.getClearReason(), a.getAckedAt(),
                a.getAckedBy(), a.getAckComment());
    }

    public boolean acknowledged() {
        return ackedAt != null;
    }
}
