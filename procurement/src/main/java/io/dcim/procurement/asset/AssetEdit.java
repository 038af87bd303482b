package io.dcim.procurement.asset;

import io.dcim.procurement.depreciation.DepreciationMethod;
import java.time.LocalDate;

/**
 * What people may correct on an asset: its description, in-service date, cost centre and
 * warranty end, and its depreciation method ({@code null} keeps it) as long as no month has been
 * depreciated yet.
 */
public record AssetEdit(String description, LocalDate inServiceDate, String costCentre, LocalDate warrantyEnd,
                        DepreciationMethod method) {
}
