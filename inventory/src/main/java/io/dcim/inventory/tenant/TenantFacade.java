package io.dcim.inventory.tenant;

import static io.dcim.common.access.Permission.READ;
import static io.dcim.common.access.Permission.TENANT_MANAGE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.edit.Versioned;
import io.dcim.common.persistence.Database;

/** The operator's customers, created, edited and deleted by those who hold {@code tenant.manage}. */
public final class TenantFacade {

    private final Database db;
    private final TenantService tenants;

    public TenantFacade(Database db, TenantService tenants) {
        this.db = db;
        this.tenants = tenants;
    }

    public Versioned<TenantDetails> tenant(Caller caller, long id) {
        caller.require(READ);
        Tenant tenant = tenants.tenant(id);
        return new Versioned<>(tenant.getId(), tenant.getVersion(), new TenantDetails(tenant.getName(), tenant.getKind()));
    }

    public Tenant create(Caller caller, TenantDetails details) {
        return UseCase.run(db, caller, TENANT_MANAGE, session -> tenants.create(details.name(), details.kind()));
    }

    public Tenant edit(Caller caller, long id, int expectedVersion, TenantDetails details) {
        return UseCase.run(db, caller, TENANT_MANAGE, session -> tenants.edit(id, expectedVersion, details));
    }

    public void delete(Caller caller, long id, int expectedVersion) {
        UseCase.perform(db, caller, TENANT_MANAGE, session -> tenants.delete(id, expectedVersion));
    }
}
