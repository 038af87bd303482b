package io.dcim.forecasting.economics;

import io.dcim.forecasting.history.GpuClass;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * Card-hours of one class a tenant paid for in advance, for a price, to be used between two days. The
 * tenant's card-hours of that class are drawn from it first, month by month, until it is used up; revenue
 * is recognised as they are used (price / card-hours per card-hour), the rest at the list with the discount.
 */
@Entity
@Audited
@Table(name = "prepaid_package")
public class PrepaidPackage extends PriceEntry {

    private long tenantId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private GpuClass gpuClass;
    private long cardHours;
    private BigDecimal price;

    protected PrepaidPackage() {
    }

    PrepaidPackage(PackageInput in) {
        apply(in);
    }

    final void apply(PackageInput in) {
        this.tenantId = in.tenantId();
        this.gpuClass = in.gpuClass();
        this.cardHours = in.cardHours();
        this.price = in.price();
        holdFrom(in.validFrom(), in.validTo());
    }

    public long getTenantId() { return tenantId; }
    public GpuClass getGpuClass() { return gpuClass; }
    public long getCardHours() { return cardHours; }
    public BigDecimal getPrice() { return price; }
}
