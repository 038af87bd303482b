package io.dcim.forecasting.economics;

import io.dcim.common.persistence.Timestamped;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * One entry of the {@link PriceBook}: a list price, tenant contract, prepaid package or tariff, numbered from one
 * sequence, versioned, and holding over its {@link ValidityPeriod} (audited with the entry's own fields).
 */
@MappedSuperclass
@Audited
public abstract class PriceEntry extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "economics_price_seq")
    @SequenceGenerator(name = "economics_price_seq", sequenceName = "economics_price_seq", allocationSize = 50)
    private Long id;
    @Version
    private int version;
    @Embedded
    private ValidityPeriod validity;

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public ValidityPeriod getValidity() { return validity; }

    /** Sets the days from what people entered; refused naming {@code validFrom} or {@code validTo}. */
    final void holdFrom(LocalDate validFrom, LocalDate validTo) {
        this.validity = ValidityPeriod.of(validFrom, validTo);
    }
}
