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

/** The list price of a GPU class, per card-hour and per core-hour, from one day to another (both included). */
@Entity
@Audited
@Table(name = "gpu_class_price")
public class GpuClassPrice extends PriceEntry {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private GpuClass gpuClass;
    private BigDecimal cardHourPrice;
    private BigDecimal coreHourPrice;

    protected GpuClassPrice() {
    }

    GpuClassPrice(PriceInput in) {
        apply(in);
    }

    final void apply(PriceInput in) {
        this.gpuClass = in.gpuClass();
        this.cardHourPrice = in.cardHourPrice();
        this.coreHourPrice = in.coreHourPrice();
        holdFrom(in.validFrom(), in.validTo());
    }

    public GpuClass getGpuClass() { return gpuClass; }
    public BigDecimal getCardHourPrice() { return cardHourPrice; }
    public BigDecimal getCoreHourPrice() { return coreHourPrice; }
}
