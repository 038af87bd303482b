package io.dcim.procurement.contract;

import io.dcim.common.persistence.TimestampedEntity;
import io.dcim.procurement.request.Cny;
import io.dcim.procurement.supplier.Supplier;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.hibernate.envers.Audited;

/**
 * GPU capacity bought from a third party: so many GPUs of a model for a term at a monthly
 * cost. No asset, but capacity the operator can sell, and a cost. Covers the days from its
 * start up to, not including, its end (start + term months).
 */
@Entity
@Audited
@Table(name = "compute_contract")
public class ComputeContract extends TimestampedEntity {

    private Long requestId;
    private Long requestLineId;
    private String contractNumber;
    private String contractNumberKey;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Supplier provider;
    private String description;
    private long gpuModelId;
    private int gpuCount;
    private LocalDate startDate;
    private int termMonths;
    /** Exclusive: the first day no longer covered. */
    private LocalDate endDate;
    /** Net of VAT, for all the contract's GPUs. */
    private BigDecimal monthlyCost;
    private BigDecimal vatRate;
    private String currency = Cny.CODE;

    protected ComputeContract() {
    }

    ComputeContract(String contractNumber, Supplier provider, long gpuModelId, int gpuCount, LocalDate startDate,
                    int termMonths, BigDecimal monthlyCost, BigDecimal vatRate) {
        this.contractNumber = contractNumber;
        this.provider = provider;
        this.gpuModelId = gpuModelId;
        this.gpuCount = gpuCount;
        this.startDate = startDate;
        this.termMonths = termMonths;
        this.endDate = startDate.plusMonths(termMonths);
        this.monthlyCost = monthlyCost;
        this.vatRate = vatRate;
    }

    static String key(String number) {
        return number == null ? null : number.trim().toUpperCase(Locale.ROOT);
    }

    @PrePersist
    @PreUpdate
    void normalizeKey() {
        contractNumberKey = key(contractNumber);
    }

    void fromRequest(long requestId, long requestLineId, String description) {
        this.requestId = requestId;
        this.requestLineId = requestLineId;
        this.description = description;
    }

    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(startDate) && date.isBefore(endDate);
    }

    /** Net cost over the whole term. */
    public BigDecimal termCost() {
        return monthlyCost.multiply(BigDecimal.valueOf(termMonths));
    }

    public Long getRequestId() { return requestId; }
    public Long getRequestLineId() { return requestLineId; }
    public String getContractNumber() { return contractNumber; }
    public Supplier getProvider() { return provider; }
    public String getDescription() { return description; }
    public long getGpuModelId() { return gpuModelId; }
    public int getGpuCount() { return gpuCount; }
    public LocalDate getStartDate() { return startDate; }
    public int getTermMonths() { return termMonths; }
    public LocalDate getEndDate() { return endDate; }
    public BigDecimal getMonthlyCost() { return monthlyCost; }
    public BigDecimal getVatRate() { return vatRate; }
    public String getCurrency() { return currency; }
}
