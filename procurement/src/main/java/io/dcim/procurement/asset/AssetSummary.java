package io.dcim.procurement.asset;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the asset list. A value, safe to keep in a page. */
public record AssetSummary(long id, int version, String assetTag, String description, AssetClass assetClass,
                           BigDecimal cost, LocalDate inServiceDate, Long siteId, String siteName, String costCentre,
                           Long deviceId, LocalDate warrantyEnd, LocalDate disposedOn) implements Serializable {
}
