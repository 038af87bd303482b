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

/** What a site pays for a kWh, from one day to another (both included). */
@Entity
@Audited
@Table(name = "electricity_tariff")
public class ElectricityTariff extends Timestamped implements Validity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "economics_price_seq")
    @SequenceGenerator(name = "economics_price_seq", sequenceName = "economics_price_seq", allocationSize = 50)
    private Long id;
    @Version
    private int version;
    private long siteId;
    private BigDecimal cnyPerKwh;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected ElectricityTariff() {
    }

    ElectricityTariff(TariffInput in) {
        apply(in);
    }

    final void apply(TariffInput in) {
        this.siteId = in.siteId();
        this.cnyPerKwh = in.cnyPerKwh();
        this.validFrom = in.validFrom();
        this.validTo = in.validTo();
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public long getSiteId() { return siteId; }
    public BigDecimal getCnyPerKwh() { return cnyPerKwh; }
    @Override public LocalDate getValidFrom() { return validFrom; }
    @Override public LocalDate getValidTo() { return validTo; }
}
