package io.dcim.power.alarm;

import io.dcim.common.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * One alarm from raise to clear, kept afterwards as history. While active it holds its subject's
 * {@code activeKey}, whose unique constraint allows one active alarm per subject and kind. Its fields change
 * only on events (raise, severity change, acknowledgement, clear), never on every evaluation, so the audit
 * trail is the alarm's story.
 */
@Entity
@Audited
@Table(name = "power_alarm")
public class Alarm extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AlarmKind kind;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Severity severity;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AlarmState state;
    private String activeKey;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private SubjectType subjectType;
    private long subjectId;
    private String subjectName;
    private long siteId;
    private Long roomId;
    private Long cabinetId;
    private Long targetId;

    private Instant raisedAt;
    private double raisedValue;
    /** The level crossed when raised or when the severity last changed. */
    private BigDecimal level;
    /** The English text, kept for rows raised before texts had keys; readers word {@link #messageKey}. */
    private String message;
    private String messageKey;
    private String messageArgs;
    private Instant severityChangedAt;

    private Instant clearedAt;
    private Double clearedValue;
    private String clearReason;
    private String clearKey;
    private String clearArgs;

    private Instant ackedAt;
    private String ackedBy;
    private String ackComment;

    protected Alarm() {
    }

    Alarm(Subject subject, Severity severity, double value, BigDecimal level, AlarmText text, Instant at) {
        this.kind = subject.kind();
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.subjectName = subject.name();
        this.siteId = subject.siteId();
        this.roomId = subject.roomId();
        this.cabinetId = subject.cabinetId();
        this.targetId = subject.targetId();
        this.activeKey = subject.key();
        this.state = AlarmState.ACTIVE;
        this.severity = severity;
        this.raisedAt = at;
        this.raisedValue = value;
        this.level = level;
        setText(text, severity);
        this.severityChangedAt = at;
    }

    public AlarmKind getKind() { return kind; }
    public Severity getSeverity() { return severity; }
    public AlarmState getState() { return state; }
    public String getActiveKey() { return activeKey; }
    public SubjectType getSubjectType() { return subjectType; }
    public long getSubjectId() { return subjectId; }
    public String getSubjectName() { return subjectName; }
    public long getSiteId() { return siteId; }
    public Long getRoomId() { return roomId; }
    public Long getCabinetId() { return cabinetId; }
    public Long getTargetId() { return targetId; }
    public Instant getRaisedAt() { return raisedAt; }
    public double getRaisedValue() { return raisedValue; }
    public BigDecimal getLevel() { return level; }
    public String getMessage() { return message; }
    public String getMessageKey() { return messageKey; }
    public java.util.List<String> getMessageArgs() { return AlarmText.storedArgs(messageArgs); }
    public String getClearKey() { return clearKey; }
    public java.util.List<String> getClearArgs() { return AlarmText.storedArgs(clearArgs); }
    public Instant getSeverityChangedAt() { return severityChangedAt; }
    public Instant getClearedAt() { return clearedAt; }
    public Double getClearedValue() { return clearedValue; }
    public String getClearReason() { return clearReason; }
    public Instant getAckedAt() { return ackedAt; }
    public String getAckedBy() { return ackedBy; }
    public String getAckComment() { return ackComment; }

    /** A rise drops the acknowledgement: people acknowledged the lesser alarm, not this one. */
    void changeSeverity(Severity to, BigDecimal newLevel, AlarmText text, Instant at) {
        if (to.compareTo(severity) > 0) {
            ackedAt = null;
            ackedBy = null;
            ackComment = null;
        }
        severity = to;
        level = newLevel;
        setText(text, to);
        severityChangedAt = at;
    }

    void clear(Double value, AlarmText reason, Instant at) {
        state = AlarmState.CLEARED;
        activeKey = null;
        clearedAt = at;
        clearedValue = value;
        clearKey = reason.key();
        clearArgs = reason.storedArgs();
        clearReason = io.dcim.common.error.Messages.text(AlarmTexts.clearReason(reason.key(), reason.args()),
                java.util.Locale.ROOT);
    }

    /** The key and arguments, and the English text beside them for the column's older readers. */
    private void setText(AlarmText text, Severity withSeverity) {
        messageKey = text.key();
        messageArgs = text.storedArgs();
        message = io.dcim.common.error.Messages.text(AlarmTexts.message(text.key(), text.args(), withSeverity),
                java.util.Locale.ROOT);
    }

    void acknowledge(String by, String comment, Instant at) {
        ackedBy = by;
        ackComment = comment;
        ackedAt = at;
    }
}
