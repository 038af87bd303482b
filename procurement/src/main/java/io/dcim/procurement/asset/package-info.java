/**
 * The fixed-asset register: cost under the {@link io.dcim.procurement.asset.VatPolicy},
 * class defaults for life and residual value, warranty and support coverage, prospective
 * changes of estimate and disposals, all through the depreciation engine.
 * {@link io.dcim.procurement.asset.AssetQueries} sums the register by site, class, cost centre
 * and month and streams the depreciation workbook's rows page by page.
 */
package io.dcim.procurement.asset;
