package io.dcim.procurement.export;

import io.dcim.procurement.depreciation.DepreciationMethod;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One asset on the books on the register's date.
 *
 * @param accumulated  accumulated depreciation on the register's date
 * @param netBookValue cost less accumulated depreciation on that date
 */
public record RegisterRow(String assetTag, String description, String assetClass, String site, String costCentre,
                          LocalDate inServiceDate, BigDecimal cost, DepreciationMethod method, int usefulLifeMonths,
                          BigDecimal residualValue, BigDecimal accumulated, BigDecimal netBookValue, LocalDate warrantyEnd,
                          LocalDate supportEnd) {
}
