package io.dcim.power.chain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** The head of a chain in a site: a utility connection, a UPS or a generator, with what it can deliver. */
@Entity
@Audited
@Table(name = "power_source")
public class PowerSource extends ChainPart {

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
