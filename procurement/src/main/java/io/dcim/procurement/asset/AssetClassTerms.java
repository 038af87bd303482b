package io.dcim.procurement.asset;

import io.dcim.common.persistence.Timestamped;
import io.dcim.procurement.depreciation.DepreciationMethod;
import io.dcim.procurement.depreciation.StartConvention;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * The terms an asset class gives each asset when it is put on the books: depreciation method,
 * useful life, residual rate and the month depreciation starts. Finance keeps them; an asset copies
 * them once, so a change here applies to assets put on the books afterwards and never rewrites
 * months already booked (an asset's own estimate changes are {@link AssetChange}s).
 */
@Entity
@Audited
@Table(name = "asset_class_terms")
public class AssetClassTerms extends Timestamped {

    @Id
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AssetClass assetClass;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DepreciationMethod method;
    private int usefulLifeMonths;
    private BigDecimal residualRate;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private StartConvention startConvention;

    protected AssetClassTerms() {
    }

    AssetClassTerms(AssetClass assetClass, ClassTerms terms) {
        this.assetClass = assetClass;
        apply(terms);
    }

    public AssetClass getAssetClass() { return assetClass; }
    public int getVersion() { return version; }
    public DepreciationMethod getMethod() { return method; }
    public int getUsefulLifeMonths() { return usefulLifeMonths; }
    public BigDecimal getResidualRate() { return residualRate; }
    public StartConvention getStartConvention() { return startConvention; }

    /** The terms as an edit starts from them. */
    public ClassTerms terms() {
        return new ClassTerms(method, usefulLifeMonths, residualRate, startConvention);
    }

    void apply(ClassTerms checked) {
        this.method = checked.method();
        this.usefulLifeMonths = checked.usefulLifeMonths();
        this.residualRate = checked.residualRate();
        this.startConvention = checked.convention();
    }
}
