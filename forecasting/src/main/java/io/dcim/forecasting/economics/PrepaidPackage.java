package io.dcim.forecasting.economics;

import io.dcim.common.persistence.Timestamped;
import io.dcim.forecasting.history.GpuClass;
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
import java.time.LocalDate;
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
public class PrepaidPackage extends Timestamped implements Validity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "economics_price_seq")
    @SequenceGenerator(name = "economics_price_seq", sequenceName = "economics_price_seq", allocationSize = 50)
    private Long id;
    @Version
    private int version;
    private long tenantId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private GpuClass gpuClass;
    private long cardHours;
    private BigDecimal price;
    private LocalDate validFrom;
    private LocalDate validTo;

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
        this.validFrom = in.validFrom();
        this.validTo = in.validTo();
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public long getTenantId() { return tenantId; }
    public GpuClass getGpuClass() { return gpuClass; }
    public long getCardHours() { return cardHours; }
    public BigDecimal getPrice() { return price; }
    @Override public LocalDate getValidFrom() { return validFrom; }
    @Override public LocalDate getValidTo() { return validTo; }
}
