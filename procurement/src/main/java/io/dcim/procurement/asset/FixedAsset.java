package io.dcim.procurement.asset;

import io.dcim.common.persistence.TimestampedEntity;
import io.dcim.procurement.depreciation.AssetTerms;
import io.dcim.procurement.depreciation.DepreciationMethod;
import io.dcim.procurement.depreciation.StartConvention;
import io.dcim.procurement.supplier.Supplier;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A piece of equipment on the books: what it cost, how it is depreciated, where it is, and
 * what covers it (warranty, support contract). Life and residual rate are those it was placed
 * in service with; later changes are {@link AssetChange}s applied from their month on.
 */
@Entity
@Audited
@Table(name = "fixed_asset")
public class FixedAsset extends TimestampedEntity {

    /** The inventory device this asset is. */
    private Long deviceId;
    private String assetTag;
    private String assetTagKey;
    private String description;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AssetClass assetClass;
    private BigDecimal cost;
    private BigDecimal residualRate;
    private int usefulLifeMonths;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DepreciationMethod method;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private StartConvention startConvention;
    private LocalDate inServiceDate;
    private Long siteId;
    private String costCentre;
    /** The order line it was bought on, when it came through receiving. */
    private Long orderLineId;
    @ManyToOne(fetch = FetchType.LAZY)
    private Supplier supplier;
    private LocalDate warrantyEnd;

    @ManyToOne(fetch = FetchType.LAZY)
    private Supplier supportSupplier;
    private LocalDate supportStart;
    private Integer supportTermMonths;
    /** Last day covered: start + term − 1 day. */
    private LocalDate supportEnd;
    private BigDecimal supportPrice;

    private LocalDate disposedOn;
    private BigDecimal disposalProceeds;

    protected FixedAsset() {
    }

    FixedAsset(String assetTag, AssetClass assetClass, AssetTerms terms) {
        this.assetTag = assetTag;
        this.assetClass = assetClass;
        this.cost = terms.cost();
        this.residualRate = terms.residualRate();
        this.usefulLifeMonths = terms.usefulLifeMonths();
        this.method = terms.method();
        this.startConvention = terms.convention();
        this.inServiceDate = terms.inServiceDate();
    }

    public static String key(String tag) {
        return tag == null ? null : tag.trim().toUpperCase(Locale.ROOT);
    }

    @PrePersist
    @PreUpdate
    void normalizeKey() {
        assetTagKey = key(assetTag);
    }

    /** The terms it was placed in service with. */
    public AssetTerms terms() {
        return new AssetTerms(cost, residualRate, usefulLifeMonths, method, inServiceDate, startConvention);
    }

    public Long getDeviceId() { return deviceId; }
    void setDeviceId(Long deviceId) { this.deviceId = deviceId; }
    public String getAssetTag() { return assetTag; }
    public String getDescription() { return description; }
    void setDescription(String description) { this.description = description; }
    public AssetClass getAssetClass() { return assetClass; }
    public BigDecimal getCost() { return cost; }
    public BigDecimal getResidualRate() { return residualRate; }
    public int getUsefulLifeMonths() { return usefulLifeMonths; }
    public DepreciationMethod getMethod() { return method; }
    void setMethod(DepreciationMethod method) { this.method = method; }
    public StartConvention getStartConvention() { return startConvention; }
    public LocalDate getInServiceDate() { return inServiceDate; }
    void setInServiceDate(LocalDate date) { this.inServiceDate = date; }
    public Long getSiteId() { return siteId; }
    void setSiteId(Long siteId) { this.siteId = siteId; }
    public String getCostCentre() { return costCentre; }
    void setCostCentre(String costCentre) { this.costCentre = costCentre; }
    public Long getOrderLineId() { return orderLineId; }
    void setOrderLineId(Long orderLineId) { this.orderLineId = orderLineId; }
    public Supplier getSupplier() { return supplier; }
    void setSupplier(Supplier supplier) { this.supplier = supplier; }
    public LocalDate getWarrantyEnd() { return warrantyEnd; }
    void setWarrantyEnd(LocalDate warrantyEnd) { this.warrantyEnd = warrantyEnd; }
    public Supplier getSupportSupplier() { return supportSupplier; }
    public LocalDate getSupportStart() { return supportStart; }
    public Integer getSupportTermMonths() { return supportTermMonths; }
    public LocalDate getSupportEnd() { return supportEnd; }
    public BigDecimal getSupportPrice() { return supportPrice; }
    public LocalDate getDisposedOn() { return disposedOn; }
    public BigDecimal getDisposalProceeds() { return disposalProceeds; }
    public boolean isDisposed() { return disposedOn != null; }

    void setSupport(Supplier supplier, LocalDate start, Integer termMonths, BigDecimal price) {
        this.supportSupplier = supplier;
        this.supportStart = start;
        this.supportTermMonths = termMonths;
        this.supportPrice = price;
        this.supportEnd = start == null ? null : start.plusMonths(termMonths).minusDays(1);
    }

    void dispose(LocalDate on, BigDecimal proceeds) {
        this.disposedOn = on;
        this.disposalProceeds = proceeds;
    }
}
