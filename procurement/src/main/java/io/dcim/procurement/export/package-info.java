/**
 * Spreadsheets handed to finance. {@link io.dcim.procurement.export.DepreciationWorkbook}
 * streams one row per asset per month into an XLSX with Apache POI SXSSF, so a fleet's whole
 * schedule is written in bounded memory, with a summary by month and asset class that ties to
 * the detail to the fen.
 */
package io.dcim.procurement.export;
