package io.dcim.forecasting.capacity;

import io.dcim.common.persistence.TimestampedEntity;
import io.dcim.forecasting.demand.DemandView;
import io.dcim.forecasting.history.Resource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A named capacity plan: the site and resource it plans and its {@link PlanAssumptions}, one column each. */
@Entity
@Table(name = "plan_scenario")
public class PlanScenario extends TimestampedEntity {

    private String name;
    private String nameKey;
    private long siteId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Resource resource;
    private BigDecimal headroom;
    private int horizonMonths;
    private BigDecimal growthFactor;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DemandView pipeline;
    private Long serverModelId;
    private BigDecimal serverUnitPrice;
    private Integer leadTimeDays;
    private int cabinetLeadTimeDays;
    @Column(name = "cabinet_contracted_w")
    private int cabinetContractedW;
    private BigDecimal cabinetLeaseMonthly;
    private BigDecimal pricePerGpuHour;
    private BigDecimal utilization;
    private int hoursPerMonth;
    private BigDecimal pue;
    private BigDecimal electricityPriceKwh;
    private boolean countOutsourced;
    @Column(updatable = false)
    private String createdBy;

    protected PlanScenario() {
    }

    PlanScenario(String createdBy) {
        this.createdBy = createdBy;
    }

    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    @PrePersist
    @PreUpdate
    void normalizeKey() {
        nameKey = key(name);
    }

    void apply(String scenarioName, long site, Resource planned, PlanAssumptions a) {
        this.name = scenarioName.trim();
        this.siteId = site;
        this.resource = planned;
        this.headroom = BigDecimal.valueOf(a.headroom()).setScale(4, RoundingMode.HALF_UP);
        this.horizonMonths = a.horizonMonths();
        this.growthFactor = BigDecimal.valueOf(a.growthFactor()).setScale(3, RoundingMode.HALF_UP);
        this.pipeline = a.pipeline();
        this.serverModelId = a.serverModelId();
        this.serverUnitPrice = scaled(a.serverUnitPrice(), 2);
        this.leadTimeDays = a.leadTimeDays();
        this.cabinetLeadTimeDays = a.cabinetLeadTimeDays();
        this.cabinetContractedW = a.cabinetContractedW();
        this.cabinetLeaseMonthly = scaled(a.cabinetLeaseMonthly(), 2);
        this.pricePerGpuHour = scaled(a.pricePerGpuHour(), 2);
        this.utilization = BigDecimal.valueOf(a.utilization()).setScale(4, RoundingMode.HALF_UP);
        this.hoursPerMonth = a.hoursPerMonth();
        this.pue = scaled(a.pue(), 2);
        this.electricityPriceKwh = scaled(a.electricityPriceKwh(), 4);
        this.countOutsourced = a.countOutsourced();
    }

    /** Stored to the column's scale, so that what is loaded is what was saved. */
    private static BigDecimal scaled(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    public PlanAssumptions assumptions() {
        return new PlanAssumptions(headroom.doubleValue(), horizonMonths, growthFactor.doubleValue(), pipeline, serverModelId,
                serverUnitPrice, leadTimeDays, cabinetLeadTimeDays, cabinetContractedW, cabinetLeaseMonthly, pricePerGpuHour,
                utilization.doubleValue(), hoursPerMonth, pue, electricityPriceKwh, countOutsourced);
    }

    public String getName() { return name; }
    public long getSiteId() { return siteId; }
    public Resource getResource() { return resource; }
    public String getCreatedBy() { return createdBy; }
}
