package io.dcim.procurement.supplier;

import static io.dcim.common.access.Permission.PURCHASE_ORDER;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;

/**
 * Suppliers as every door changes them: whoever places orders ({@code purchase.order}) keeps
 * the suppliers they order from; each change is recorded under the caller's name.
 */
public final class SupplierFacade {

    private final SupplierService suppliers;

    public SupplierFacade(SupplierService suppliers) {
        this.suppliers = suppliers;
    }

    public Supplier create(Caller caller, SupplierInput input) {
        return UseCase.call(caller, PURCHASE_ORDER, () -> suppliers.create(input));
    }

    public Supplier edit(Caller caller, long id, int expectedVersion, SupplierInput input) {
        return UseCase.call(caller, PURCHASE_ORDER, () -> suppliers.edit(id, expectedVersion, input));
    }
}
