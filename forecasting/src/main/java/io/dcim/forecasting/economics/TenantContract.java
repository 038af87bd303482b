package io.dcim.forecasting.economics;

import io.dcim.common.persistence.Timestamped;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A tenant's contract: a discount (percent) on the list prices of every class while it holds. */
@Entity
@Audited
@Table(name = "tenant_contract")
public class TenantContract extends Timestamped implements Validity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "economics_price_seq")
    @SequenceGenerator(name = "economics_price_seq", sequenceName = "economics_price_seq", allocationSize = 50)
    private Long id;
    @Version
    private int version;
    private long tenantId;
    private BigDecimal discountPercent;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String note;

    protected TenantContract() {
    }

    TenantContract(ContractInput in) {
        apply(in);
    }

    final void apply(ContractInput in) {
        this.tenantId = in.tenantId();
        this.discountPercent = in.discountPercent();
        this.validFrom = in.validFrom();
        this.validTo = in.validTo();
        this.note = in.note();
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public long getTenantId() { return tenantId; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    @Override public LocalDate getValidFrom() { return validFrom; }
    @Override public LocalDate getValidTo() { return validTo; }
    public String getNote() { return note; }
}
