package io.dcim.inventory.site;

import io.dcim.common.edit.Editable;
import io.dcim.common.persistence.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/** An IDC site where the operator leases cabinets: the building belongs to the provider. */
@Entity
@Audited
@Table(name = "site")
public class Site extends Timestamped implements Editable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "site_seq")
    @SequenceGenerator(name = "site_seq", sequenceName = "site_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    private String name;
    /** A short code people write on labels and reports ("IM1"); unique where given. */
    private String code;
    /** The IDC provider, landlord of the cabinets. */
    private String provider;
    private String city;
    private String timeZone;
    @Column(name = "electricity_price_kwh")
    private BigDecimal electricityPricePerKwh;
    private String electricityCurrency;
    private BigDecimal designPue;
    private LocalDate liveSince;
    /** The grid's emission factor, kg CO2 per kWh drawn; null where nobody has given it. */
    @Column(name = "grid_emission_kg_kwh")
    private BigDecimal gridEmissionKgPerKwh;

    protected Site() {
    }

    public Site(String name, ZoneId zone, BigDecimal electricityPricePerKwh, BigDecimal designPue) {
        this.name = name;
        this.timeZone = zone.getId();
        this.electricityPricePerKwh = electricityPricePerKwh;
        this.electricityCurrency = "CNY";
        this.designPue = designPue;
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getProvider() { return provider; }
    public void setProvider(String provider) { this.provider = provider; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public ZoneId getZone() { return ZoneId.of(timeZone); }
    public void setZone(ZoneId zone) { this.timeZone = zone.getId(); }
    public BigDecimal getElectricityPricePerKwh() { return electricityPricePerKwh; }
    public void setElectricityPricePerKwh(BigDecimal price) { this.electricityPricePerKwh = price; }
    public String getElectricityCurrency() { return electricityCurrency; }
    public BigDecimal getDesignPue() { return designPue; }
    public void setDesignPue(BigDecimal designPue) { this.designPue = designPue; }
    public LocalDate getLiveSince() { return liveSince; }
    public void setLiveSince(LocalDate liveSince) { this.liveSince = liveSince; }
    public BigDecimal getGridEmissionKgPerKwh() { return gridEmissionKgPerKwh; }
    public void setGridEmissionKgPerKwh(BigDecimal factor) { this.gridEmissionKgPerKwh = factor; }
}
