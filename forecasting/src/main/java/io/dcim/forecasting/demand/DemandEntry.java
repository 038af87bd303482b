package io.dcim.forecasting.demand;

import io.dcim.common.persistence.TimestampedEntity;
import io.dcim.forecasting.history.Resource;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Capacity a tenant is expected to take at a site: from its start date for its duration (end exclusive),
 * with the stage of the sale and its probability. Inventory objects are referenced by id.
 */
@Entity
@Table(name = "demand_entry")
public class DemandEntry extends TimestampedEntity {

    private long tenantId;
    private long siteId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Resource resource;
    private long quantity;
    private LocalDate startDate;
    private int durationMonths;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DemandStage stage;
    private BigDecimal probability;
    private String note;

    protected DemandEntry() {
    }

    DemandEntry(ValidInput input) {
        apply(input);
    }

    final void apply(ValidInput input) {
        this.tenantId = input.tenantId();
        this.siteId = input.siteId();
        this.resource = input.resource();
        this.quantity = input.quantity();
        this.startDate = input.startDate();
        this.durationMonths = input.durationMonths();
        this.stage = input.stage();
        this.probability = input.probability();
        this.note = input.note();
    }

    /** The first day the tenant no longer needs the capacity. */
    public LocalDate endDate() {
        return startDate.plusMonths(durationMonths);
    }

    /** Whether the entry needs capacity on some day of [from, to). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return startDate.isBefore(to) && endDate().isAfter(from);
    }

    /** What the entry counts for in {@code view}: weighted by probability, or in full if committed, else 0. */
    public double amount(DemandView view) {
        return switch (view) {
            case WEIGHTED -> quantity * probability.doubleValue();
            case COMMITTED_ONLY -> stage.isCommitted() ? quantity : 0;
        };
    }

    public long getTenantId() { return tenantId; }
    public long getSiteId() { return siteId; }
    public Resource getResource() { return resource; }
    public long getQuantity() { return quantity; }
    public LocalDate getStartDate() { return startDate; }
    public int getDurationMonths() { return durationMonths; }
    public DemandStage getStage() { return stage; }
    public BigDecimal getProbability() { return probability; }
    public String getNote() { return note; }

    /** A {@link DemandInput} that passed validation, with the stage's default probability filled in. */
    record ValidInput(long tenantId, long siteId, Resource resource, long quantity, LocalDate startDate,
                      int durationMonths, DemandStage stage, BigDecimal probability, String note) {
    }
}
