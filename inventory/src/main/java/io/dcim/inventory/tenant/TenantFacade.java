package io.dcim.inventory.tenant;

import static io.dcim.common.access.Permission.TENANT_MANAGE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.ObjectUseCases;
import io.dcim.common.edit.Versioned;
import io.dcim.common.persistence.Database;

/** The operator's customers, created, edited and deleted by those who hold {@code tenant.manage}. */
public final class TenantFacade extends ObjectUseCases<Tenant, TenantDetails> {

    private final TenantService tenants;

    public TenantFacade(Database db, TenantService tenants) {
        super(db, TENANT_MANAGE, details -> tenants.create(details.name(), details.kind()), tenants::edit,
                tenants::delete);
        this.tenants = tenants;
    }

    public Versioned<TenantDetails> tenant(Caller caller, long id) {
        return readForEdit(caller, () -> tenants.tenant(id),
                tenant -> new TenantDetails(tenant.getName(), tenant.getKind()));
    }
}
