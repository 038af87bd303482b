package io.dcim.power.energy;

import io.dcim.common.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * An energy supply contract of a site: who supplies it over which days, and how much of it is renewable, either
 * as kWh over the whole period (a green-power purchase, certificates) or as a share of everything the site draws
 * (a supplier's renewable mix). The renewable share of the energy report is computed from these.
 */
@Entity
@Audited
@Table(name = "power_supply_contract")
public class SupplyContract extends VersionedEntity {

    private long siteId;
    private String supplier;
    private LocalDate validFrom;
    private LocalDate validTo;
    private Long renewableKwh;
    private BigDecimal renewableSharePct;

    protected SupplyContract() {
    }

    SupplyContract(long siteId) {
        this.siteId = siteId;
    }

    public long getSiteId() { return siteId; }
    public String getSupplier() { return supplier; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public Long getRenewableKwh() { return renewableKwh; }
    public BigDecimal getRenewableSharePct() { return renewableSharePct; }

    void describe(ContractTerms terms) {
        this.supplier = terms.supplier();
        this.validFrom = terms.validFrom();
        this.validTo = terms.validTo();
        this.renewableKwh = terms.renewableKwh();
        this.renewableSharePct = terms.renewableSharePct();
    }

    ContractTerms terms() {
        return new ContractTerms(supplier, validFrom, validTo, renewableKwh, renewableSharePct);
    }
}
