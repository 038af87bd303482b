package io.dcim.procurement.asset;

import java.io.Serializable;
import java.time.LocalDate;

/** An asset whose warranty or support contract ends soon. A value, safe to keep in a page. */
public record ExpiringCoverage(long assetId, String assetTag, String description, Long siteId, LocalDate warrantyEnd,
                               LocalDate supportEnd, String supportSupplier) implements Serializable {
}
