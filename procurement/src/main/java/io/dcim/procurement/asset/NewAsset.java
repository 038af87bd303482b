package io.dcim.procurement.asset;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An asset to put on the books, usually by receiving. The cost is worked out from the unit's
 * net price and VAT rate under the {@link VatPolicy}; life and residual rate come from the
 * class defaults; the method is straight-line and depreciation starts the month after the
 * in-service date (CAS 4).
 *
 * @param orderLineId optional: the order line it was bought on
 * @param supplierId  optional: who sold it
 * @param warrantyEnd optional: the last day of the vendor's warranty
 */
public record NewAsset(long deviceId, String assetTag, String description, AssetClass assetClass, BigDecimal unitNetPrice,
                       BigDecimal vatRate, LocalDate inServiceDate, Long siteId, String costCentre, Long orderLineId,
                       Long supplierId, LocalDate warrantyEnd) {
}
