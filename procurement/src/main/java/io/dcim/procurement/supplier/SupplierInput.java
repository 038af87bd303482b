package io.dcim.procurement.supplier;

import java.util.List;

/**
 * What it takes to create or edit a supplier. A null lead time means the default
 * ({@value Supplier#DEFAULT_LEAD_TIME_DAYS} days); null contacts mean none.
 */
public record SupplierInput(String name, String taxId, Integer leadTimeDays, List<ContactInput> contacts, String notes) {

    public static SupplierInput named(String name) {
        return new SupplierInput(name, null, null, List.of(), null);
    }
}
