/**
 * Depreciation of the operator's fixed assets under Chinese Accounting Standards (CAS 4):
 * straight-line, double-declining-balance (straight-line for the last two years) and
 * sum-of-the-years'-digits, monthly, in CNY rounded to the fen.
 *
 * <p>The engine is pure: {@link io.dcim.procurement.depreciation.DepreciationCalculator} turns
 * {@link io.dcim.procurement.depreciation.AssetTerms} and optional events (a
 * {@link io.dcim.procurement.depreciation.TermsChange} applied prospectively, a
 * {@link io.dcim.procurement.depreciation.Disposal}) into a
 * {@link io.dcim.procurement.depreciation.DepreciationSchedule} whose accumulated depreciation
 * ties exactly to cost minus residual value, because finance reconciles it to the cent.
 */
package io.dcim.procurement.depreciation;
