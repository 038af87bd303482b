package io.dcim.procurement.asset;

import java.time.LocalDate;

/** What people may correct on an asset: its description, in-service date, cost centre and warranty end. */
public record AssetEdit(String description, LocalDate inServiceDate, String costCentre, LocalDate warrantyEnd) {
}
