package io.dcim.inventory.tenant;

import io.dcim.common.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A customer whose workloads run on the operator's devices and GPUs. */
@Entity
@Audited
@Table(name = "tenant")
public class Tenant extends VersionedEntity {

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

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public TenantKind getKind() { return kind; }
    public void setKind(TenantKind kind) { this.kind = kind; }
}
