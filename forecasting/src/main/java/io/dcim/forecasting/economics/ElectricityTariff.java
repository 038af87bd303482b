package io.dcim.forecasting.economics;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/** What a site pays for a kWh, from one day to another (both included). */
@Entity
@Audited
@Table(name = "electricity_tariff")
public class ElectricityTariff extends PriceEntry {

    private long siteId;
    private BigDecimal cnyPerKwh;

    protected ElectricityTariff() {
    }

    ElectricityTariff(TariffInput in) {
        apply(in);
    }

    final void apply(TariffInput in) {
        this.siteId = in.siteId();
        this.cnyPerKwh = in.cnyPerKwh();
        holdFrom(in.validFrom(), in.validTo());
    }

    public long getSiteId() { return siteId; }
    public BigDecimal getCnyPerKwh() { return cnyPerKwh; }
}
