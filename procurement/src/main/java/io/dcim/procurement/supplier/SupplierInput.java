package io.dcim.procurement.supplier;

import java.io.Serializable;
import java.util.List;

/**
 * What it takes to create or edit a supplier. A null lead time means the default
 * ({@value Supplier#DEFAULT_LEAD_TIME_DAYS} days); null contacts mean none.
 */
public record SupplierInput(String name, String taxId, Integer leadTimeDays, List<ContactInput> contacts, String notes)
        implements Serializable {

    public static SupplierInput named(String name) {
        return new SupplierInput(name, null, null, List.of(), null);
    }

    /** The supplier as it stands (its contacts loaded), as an edit starts from it. */
    public static SupplierInput of(Supplier supplier) {
        return new SupplierInput(supplier.getName(), supplier.getTaxId(), supplier.getLeadTimeDays(),
                supplier.getContacts().stream().map(c -> new ContactInput(c.getName(), c.getEmail(), c.getPhone())).toList(),
                supplier.getNotes());
    }
}
