package io.dcim.power.alarm;

import io.dcim.common.persistence.Timestamped;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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
public class ThresholdOverride extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "power_threshold_seq")
    @SequenceGenerator(name = "power_threshold_seq", sequenceName = "power_threshold_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

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

    public Long getId() { return id; }
    public int getVersion() { return version; }
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
