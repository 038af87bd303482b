package io.dcim.inventory.tenant;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A customer whose workloads run on the operator's devices and GPUs. */
@Entity
@Audited
@Table(name = "tenant")
public class Tenant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tenant_seq")
    @SequenceGenerator(name = "tenant_seq", sequenceName = "tenant_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    private String name;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private TenantKind kind;

    protected Tenant() {
    }

    public Tenant(String name, TenantKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public TenantKind getKind() { return kind; }
    public void setKind(TenantKind kind) { this.kind = kind; }
}
