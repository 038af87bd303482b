package io.dcim.power.chain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** The head of a chain in a site: a utility connection, a UPS or a generator, with what it can deliver. */
@Entity
@Audited
@Table(name = "power_source")
public class PowerSource {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "power_chain_seq")
    @SequenceGenerator(name = "power_chain_seq", sequenceName = "power_chain_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "site_id")
    private long siteId;
    private String name;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private SourceKind kind;
    @Column(name = "capacity_w")
    private long capacityW;

    protected PowerSource() {
    }

    PowerSource(long siteId) {
        this.siteId = siteId;
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public long getSiteId() { return siteId; }
    public String getName() { return name; }
    public SourceKind getKind() { return kind; }
    public long getCapacityW() { return capacityW; }

    void describe(String name, SourceKind kind, long capacityW) {
        this.name = name;
        this.kind = kind;
        this.capacityW = capacityW;
    }
}
