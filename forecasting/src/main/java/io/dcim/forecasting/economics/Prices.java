package io.dcim.forecasting.economics;

import io.dcim.forecasting.history.GpuClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The prices in force, read once per report. A month is priced at what holds on its first day: list prices,
 * a tenant's discount and a site's tariff change at month boundaries in the figures, as bills do.
 */
public record Prices(List<GpuClassPrice> list, List<TenantContract> contracts, List<PrepaidPackage> packages,
                     List<ElectricityTariff> tariffs, WhatIf.CardHourPrice whatIfPrice) {

    public Prices(List<GpuClassPrice> list, List<TenantContract> contracts, List<PrepaidPackage> packages,
                  List<ElectricityTariff> tariffs) {
        this(list, contracts, packages, tariffs, null);
    }

    public Optional<GpuClassPrice> listPrice(GpuClass gpuClass, YearMonth month) {
        return list.stream().filter(p -> p.getGpuClass() == gpuClass && p.getValidity().covers(month.atDay(1))).findFirst();
    }

    public BigDecimal cardHourPrice(GpuClass gpuClass, YearMonth month) {
        if (whatIfPrice != null && (whatIfPrice.gpuClass() == null || whatIfPrice.gpuClass() == gpuClass)) {
            return whatIfPrice.price();
        }
        return listPrice(gpuClass, month).map(GpuClassPrice::getCardHourPrice).orElse(BigDecimal.ZERO);
    }

    public BigDecimal coreHourPrice(GpuClass gpuClass, YearMonth month) {
        return listPrice(gpuClass, month).map(GpuClassPrice::getCoreHourPrice).orElse(BigDecimal.ZERO);
    }

    /** The tenant's discount in percent that month; zero without a contract. */
    public BigDecimal discountPercent(long tenantId, YearMonth month) {
        return contracts.stream().filter(c -> c.getTenantId() == tenantId && c.getValidity().covers(month.atDay(1))).findFirst()
                .map(TenantContract::getDiscountPercent).orElse(BigDecimal.ZERO);
    }

    /** CNY per kWh at the site that month; empty without a tariff. */
    public Optional<BigDecimal> tariff(YearMonth month) {
        return tariffs.stream().filter(t -> t.getValidity().covers(month.atDay(1))).findFirst().map(ElectricityTariff::getCnyPerKwh);
    }

    /** The package of the tenant and class that holds on the month's first day. */
    public Optional<PrepaidPackage> packageOf(long tenantId, GpuClass gpuClass, YearMonth month) {
        LocalDate day = month.atDay(1);
        return packages.stream().filter(p -> p.getTenantId() == tenantId && p.getGpuClass() == gpuClass && p.getValidity().covers(day))
                .findFirst();
    }

    /** The earliest first month of a package still running at {@code from}: usage is read from there to know what is left. */
    public YearMonth packagesStartFor(YearMonth from) {
        return packagesStartFor(from, null);
    }

    /** As {@link #packagesStartFor(YearMonth)}, for one tenant's packages (null: every tenant's). */
    public YearMonth packagesStartFor(YearMonth from, Long tenantId) {
        YearMonth earliest = from;
        for (PrepaidPackage p : packages) {
            if ((tenantId == null || p.getTenantId() == tenantId) && !p.getValidity().getValidTo().isBefore(from.atDay(1))) {
                YearMonth start = YearMonth.from(p.getValidity().getValidFrom());
                if (start.isBefore(earliest)) {
                    earliest = start;
                }
            }
        }
        return earliest;
    }

    /** The same prices with a what-if list price per card-hour (for one class, or every class). */
    public Prices with(WhatIf.CardHourPrice price) {
        return new Prices(list, contracts, packages, tariffs, price);
    }
}
