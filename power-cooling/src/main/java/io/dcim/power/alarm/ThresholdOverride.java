package io.dcim.power.alarm;

import io.dcim.common.persistence.TimestampedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * Levels of one kind of alarm set for a site or for one cabinet (exactly one of them); a null level or margin
 * inherits from the site, then the defaults. Edited by people, so versioned and audited.
 */
@Entity
@Audited
@Table(name = "power_threshold")
public class ThresholdOverride extends TimestampedEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AlarmKind kind;
    private Long siteId;
    private Long cabinetId;
    private BigDecimal warningLevel;
    private BigDecimal criticalLevel;
    private BigDecimal clearMargin;

    protected ThresholdOverride() {
    }

    ThresholdOverride(AlarmKind kind, Long siteId, Long cabinetId) {
        this.kind = kind;
        this.siteId = siteId;
        this.cabinetId = cabinetId;
    }

    public AlarmKind getKind() { return kind; }
    public Long getSiteId() { return siteId; }
    public Long getCabinetId() { return cabinetId; }
    public BigDecimal getWarningLevel() { return warningLevel; }
    public BigDecimal getCriticalLevel() { return criticalLevel; }
    public BigDecimal getClearMargin() { return clearMargin; }

    void setLevels(ThresholdSpec spec) {
        this.warningLevel = spec.warning();
        this.criticalLevel = spec.critical();
        this.clearMargin = spec.clearMargin();
    }
}
