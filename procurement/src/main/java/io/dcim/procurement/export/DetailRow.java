package io.dcim.procurement.export;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.procurement.depreciation.DepreciationMethod;
import io.dcim.procurement.depreciation.DepreciationSchedule;
import io.dcim.procurement.depreciation.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Stream;

/**
 * One line of the depreciation workbook: one asset in one month.
 *
 * @param assetTag         the asset's tag (required)
 * @param description      free text, may be {@code null}
 * @param assetClass       the class the summary groups by; blank or {@code null} reads "Unclassified"
 * @param site             may be {@code null}
 * @param inServiceDate    the day the asset was placed in service
 * @param cost             original cost in CNY
 * @param method           depreciation method
 * @param usefulLifeMonths useful life in months
 * @param period           the month (required)
 * @param depreciation     the month's charge (required)
 * @param accumulated      accumulated depreciation at the month's end
 * @param netBookValue     net book value at the month's end
 */
public record DetailRow(String assetTag, String description, String assetClass, String site, LocalDate inServiceDate,
                        BigDecimal cost, DepreciationMethod method, int usefulLifeMonths, YearMonth period,
                        BigDecimal depreciation, BigDecimal accumulated, BigDecimal netBookValue) {

    static final String UNCLASSIFIED = "Unclassified";

    public DetailRow {
        required("assetTag", assetTag);
        required("period", period);
        required("depreciation", depreciation);
        assetClass = assetClass == null || assetClass.isBlank() ? UNCLASSIFIED : assetClass.strip();
    }

    /** The rows of one asset's schedule, month by month (the life shown is the one the asset started with). */
    public static Stream<DetailRow> of(String assetTag, String description, String assetClass, String site,
                                       DepreciationSchedule schedule) {
        return schedule.periods().stream().map(period -> of(assetTag, description, assetClass, site, schedule, period));
    }

    private static DetailRow of(String assetTag, String description, String assetClass, String site,
                                DepreciationSchedule schedule, Period period) {
        var terms = schedule.terms();
        return new DetailRow(assetTag, description, assetClass, site, terms.inServiceDate(), terms.cost(), terms.method(),
                terms.usefulLifeMonths(), period.month(), period.depreciation(), period.accumulated(), period.netBookValue());
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, Message.of("procurement.export.detailRequired"));
        }
    }
}
