package io.dcim.procurement.supplier;

import java.io.Serializable;

/** One line of the supplier list. A value, safe to keep in a page. */
public record SupplierSummary(long id, int version, String name, String taxId, int leadTimeDays, long contacts)
        implements Serializable {
}
