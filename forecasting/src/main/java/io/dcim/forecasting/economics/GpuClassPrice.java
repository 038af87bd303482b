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

/** The list price of a GPU class, per card-hour and per core-hour, from one day to another (both included). */
@Entity
@Audited
@Table(name = "gpu_class_price")
public class GpuClassPrice extends Timestamped implements Validity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "economics_price_seq")
    @SequenceGenerator(name = "economics_price_seq", sequenceName = "economics_price_seq", allocationSize = 50)
    private Long id;
    @Version
    private int version;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private GpuClass gpuClass;
    private BigDecimal cardHourPrice;
    private BigDecimal coreHourPrice;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected GpuClassPrice() {
    }

    GpuClassPrice(PriceInput in) {
        apply(in);
    }

    final void apply(PriceInput in) {
        this.gpuClass = in.gpuClass();
        this.cardHourPrice = in.cardHourPrice();
        this.coreHourPrice = in.coreHourPrice();
        this.validFrom = in.validFrom();
        this.validTo = in.validTo();
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public GpuClass getGpuClass() { return gpuClass; }
    public BigDecimal getCardHourPrice() { return cardHourPrice; }
    public BigDecimal getCoreHourPrice() { return coreHourPrice; }
    @Override public LocalDate getValidFrom() { return validFrom; }
    @Override public LocalDate getValidTo() { return validTo; }
}
