package io.dcim.procurement.asset;

import io.dcim.common.persistence.Identified;
import io.dcim.procurement.depreciation.TermsChange;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.hibernate.annotations.Immutable;

/**
 * A change in accounting estimate (CAS 28) of one asset: a new useful life and/or residual
 * rate from a month on, with who decided it and why. Written once, never changed.
 */
@Entity
@Immutable
@Table(name = "fixed_asset_change")
public class AssetChange extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private FixedAsset asset;

    /** The first day of the first month under the new terms. */
    private LocalDate effectiveMonth;
    private Integer usefulLifeMonths;
    private BigDecimal residualRate;
    private String reason;
    private String actor;
    private Instant recordedAt;

    protected AssetChange() {
    }

    AssetChange(FixedAsset asset, TermsChange change, String reason, String actor, Instant recordedAt) {
        this.asset = asset;
        this.effectiveMonth = change.month().atDay(1);
        this.usefulLifeMonths = change.usefulLifeMonths();
        this.residualRate = change.residualRate();
        this.reason = reason;
        this.actor = actor;
        this.recordedAt = recordedAt;
    }

    public TermsChange toEvent() {
        return new TermsChange(YearMonth.from(effectiveMonth), usefulLifeMonths, residualRate);
    }

    public FixedAsset getAsset() { return asset; }
    public YearMonth getEffectiveMonth() { return YearMonth.from(effectiveMonth); }
    public Integer getUsefulLifeMonths() { return usefulLifeMonths; }
    public BigDecimal getResidualRate() { return residualRate; }
    public String getReason() { return reason; }
    public String getActor() { return actor; }
    public Instant getRecordedAt() { return recordedAt; }
}
