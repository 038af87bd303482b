package io.dcim.procurement.supplier;

import static io.dcim.common.access.Permission.READ;
import static io.dcim.common.access.Permission.SUPPLIER_MANAGE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.ObjectUseCases;
import io.dcim.common.edit.Versioned;
import io.dcim.common.persistence.Database;

/**
 * Suppliers as every door changes them: those who hold {@code supplier.manage} (managers, who
 * choose whom the operator buys from) create, edit and delete them with their contacts; each change
 * is recorded under the caller's name. A supplier that an order, request, asset or contract names
 * is kept for their history.
 */
public final class SupplierFacade extends ObjectUseCases<Supplier, SupplierInput> {

    private final SupplierService suppliers;

    public SupplierFacade(Database db, SupplierService suppliers) {
        super(db, SUPPLIER_MANAGE, suppliers::create, suppliers::edit, suppliers::delete);
        this.suppliers = suppliers;
    }

    /** The supplier as an edit form starts from, with the version to edit against. */
    public Versioned<SupplierInput> supplier(Caller caller, long id) {
        caller.require(READ);
        Supplier supplier = suppliers.find(id);
        return new Versioned<>(supplier.getId(), supplier.getVersion(), SupplierInput.of(supplier));
    }
}
