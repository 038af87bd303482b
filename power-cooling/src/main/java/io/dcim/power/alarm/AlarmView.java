package io.dcim.power.alarm;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import io.dcim.common.error.Messages;

/** An alarm as pages, the API and notifications show it. A value. */
public record AlarmView(long id, int version, AlarmKind kind, Severity severity, AlarmState state,
                        SubjectType subjectType, long subjectId, String subjectName, long siteId, Long roomId,
                        Long cabinetId, Long targetId, Instant raisedAt, double raisedValue, BigDecimal level,
                        String message, Instant severityChangedAt, Instant clearedAt, Double clearedValue,
                        String clearReason, Instant ackedAt, String ackedBy, String ackComment,
                        String messageKey, List<String> messageArgs, String clearKey, List<String> clearArgs)
        implements Serializable {

    public AlarmView {
        messageArgs = messageArgs == null ? List.of() : List.copyOf(messageArgs);
        clearArgs = clearArgs == null ? List.of() : List.copyOf(clearArgs);
    }

    /** An alarm with its texts only in English, as alarms raised before texts had keys are. */
    public AlarmView(long id, int version, AlarmKind kind, Severity severity, AlarmState state, SubjectType subjectType,
                     long subjectId, String subjectName, long siteId, Long roomId, Long cabinetId, Long targetId,
                     Instant raisedAt, double raisedValue, BigDecimal level, String message, Instant severityChangedAt,
                     Instant clearedAt, Double clearedValue, String clearReason, Instant ackedAt, String ackedBy,
                     String ackComment) {
        this(id, version, kind, severity, state, subjectType, subjectId, subjectName, siteId, roomId, cabinetId, targetId,
                raisedAt, raisedValue, level, message, severityChangedAt, clearedAt, clearedValue, clearReason, ackedAt,
                ackedBy, ackComment, null, List.of(), null, List.of());
    }

    static AlarmView of(Alarm a) {
        return new AlarmView(a.getId(), a.getVersion(), a.getKind(), a.getSeverity(), a.getState(),
                a.getSubjectType(), a.getSubjectId(), a.getSubjectName(), a.getSiteId(), a.getRoomId(),
                a.getCabinetId(), a.getTargetId(), a.getRaisedAt(), a.getRaisedValue(), a.getLevel(), a.getMessage(),
                a.getSeverityChangedAt(), a.getClearedAt(), a.getClearedValue(), a.getClearReason(), a.getAckedAt(),
                a.getAckedBy(), a.getAckComment(), a.getMessageKey(), a.getMessageArgs(), a.getClearKey(),
                a.getClearArgs());
    }

    /**
     * The same alarm with its message and clear reason worded in {@code locale}: what the API answers a client
     * by its {@code Accept-Language}. The keys and arguments stay, for clients that word them themselves.
     */
    public AlarmView worded(Locale locale) {
        String reason = clearReason == null && clearKey == null ? null : Messages.text(AlarmTexts.clearReason(this), locale);
        return new AlarmView(id, version, kind, severity, state, subjectType, subjectId, subjectName, siteId, roomId,
                cabinetId, targetId, raisedAt, raisedValue, level, Messages.text(AlarmTexts.message(this), locale),
                severityChangedAt, clearedAt, clearedValue, reason, ackedAt, ackedBy, ackComment, messageKey, messageArgs,
                clearKey, clearArgs);
    }

    public boolean acknowledged() {
        return ackedAt != null;
    }
}
