package io.dcim.procurement.export;

import java.math.BigDecimal;

/**
 * What a workbook holds, for the caller to log or show.
 *
 * @param detailRows        rows written to the detail sheets
 * @param detailSheets      how many detail sheets they took
 * @param totalDepreciation the grand total of the summary, equal to the sum of the detail rows
 */
public record ExportResult(long detailRows, int detailSheets, BigDecimal totalDepreciation) {
}
