package io.dcim.procurement.supplier;

import static io.dcim.common.access.Permission.READ;
import static io.dcim.common.access.Permission.SUPPLIER_MANAGE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.edit.Versioned;

/**
 * Suppliers as every door changes them: those who hold {@code supplier.manage} (managers, who
 * choose whom the operator buys from) create, edit and delete them with their contacts; each change
 * is recorded under the caller's name. A supplier that an order, request, asset or contract names
 * is kept for their history.
 */
public final class SupplierFacade {

    private final SupplierService suppliers;

    public SupplierFacade(SupplierService suppliers) {
        this.suppliers = suppliers;
    }

    /** The supplier as an edit form starts from, with the version to edit against. */
    public Versioned<SupplierInput> supplier(Caller caller, long id) {
        caller.require(READ);
        Supplier supplier = suppliers.find(id);
        return new Versioned<>(supplier.getId(), supplier.getVersion(), SupplierInput.of(supplier));
    }

    public Supplier create(Caller caller, SupplierInput input) {
        return UseCase.call(caller, SUPPLIER_MANAGE, () -> suppliers.create(input));
    }

    public Supplier edit(Caller caller, long id, int expectedVersion, SupplierInput input) {
        return UseCase.call(caller, SUPPLIER_MANAGE, () -> suppliers.edit(id, expectedVersion, input));
    }

    public void delete(Caller caller, long id, int expectedVersion) {
        UseCase.perform(caller, SUPPLIER_MANAGE, () -> suppliers.delete(id, expectedVersion));
    }
}
