package io.dcim.forecasting.economics;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/** A tenant's contract: a discount (percent) on the list prices of every class while it holds. */
@Entity
@Audited
@Table(name = "tenant_contract")
public class TenantContract extends PriceEntry {

    private long tenantId;
    private BigDecimal discountPercent;
    private String note;

    protected TenantContract() {
    }

    TenantContract(ContractInput in) {
        apply(in);
    }

    final void apply(ContractInput in) {
        this.tenantId = in.tenantId();
        this.discountPercent = in.discountPercent();
        holdFrom(in.validFrom(), in.validTo());
        this.note = in.note();
    }

    public long getTenantId() { return tenantId; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public String getNote() { return note; }
}
