package io.dcim.forecasting.economics;

import io.dcim.forecasting.history.GpuClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The prices in force, read once per report. Usage is priced at what holds on the day it was used: a list price,
 * contract or package that starts or ends within a month splits the month there ({@link #changesWithin}), each
 * part priced at its first day's prices. A site's tariff holds for a whole month (at its first day): electricity
 * is measured by month.
 */
public record Prices(List<GpuClassPrice> list, List<TenantContract> contracts, List<PrepaidPackage> packages,
                     List<ElectricityTariff> tariffs, WhatIf.CardHourPrice whatIfPrice) {

    public Prices(List<GpuClassPrice> list, List<TenantContract> contracts, List<PrepaidPackage> packages,
                  List<ElectricityTariff> tariffs) {
        this(list, contracts, packages, tariffs, null);
    }

    public Optional<GpuClassPrice> listPrice(GpuClass gpuClass, LocalDate day) {
        return list.stream().filter(p -> p.getGpuClass() == gpuClass && p.getValidity().covers(day)).findFirst();
    }

    /** The list price per card-hour on the month's first day (or the what-if price). */
    public BigDecimal cardHourPrice(GpuClass gpuClass, YearMonth month) {
        return cardHourPrice(gpuClass, month.atDay(1));
    }

    public BigDecimal cardHourPrice(GpuClass gpuClass, LocalDate day) {
        if (whatIfPrice != null && (whatIfPrice.gpuClass() == null || whatIfPrice.gpuClass() == gpuClass)) {
            return whatIfPrice.price();
        }
        return listPrice(gpuClass, day).map(GpuClassPrice::getCardHourPrice).orElse(BigDecimal.ZERO);
    }

    public BigDecimal coreHourPrice(GpuClass gpuClass, LocalDate day) {
        return listPrice(gpuClass, day).map(GpuClassPrice::getCoreHourPrice).orElse(BigDecimal.ZERO);
    }

    /** The tenant's discount in percent that day; zero without a contract. */
    public BigDecimal discountPercent(long tenantId, LocalDate day) {
        return contracts.stream().filter(c -> c.getTenantId() == tenantId && c.getValidity().covers(day)).findFirst()
                .map(TenantContract::getDiscountPercent).orElse(BigDecimal.ZERO);
    }

    /**
     * The days in [from, toExclusive), first days of months aside, on which a list price, a contract or a package
     * starts, or the day after one ends: where usage of a month must be split to be priced day by day. Sorted.
     */
    public java.util.SortedSet<LocalDate> changesWithin(LocalDate from, LocalDate toExclusive) {
        java.util.SortedSet<LocalDate> days = new java.util.TreeSet<>();
        java.util.stream.Stream.<List<? extends PriceEntry>>of(list, contracts, packages).flatMap(List::stream)
                .map(PriceEntry::getValidity).forEach(v -> {
                    days.add(v.getValidFrom());
                    if (v.getValidTo() != null) {
                        days.add(v.getValidTo().plusDays(1));
                    }
                });
        days.removeIf(d -> d.getDayOfMonth() == 1 || !d.isAfter(from) || !d.isBefore(toExclusive));
        return days;
    }

    /** CNY per kWh at the site that month; empty without a tariff. */
    public Optional<BigDecimal> tariff(YearMonth month) {
        return tariffs.stream().filter(t -> t.getValidity().covers(month.atDay(1))).findFirst().map(ElectricityTariff::getCnyPerKwh);
    }

    /** The package of the tenant and class that holds on the day. */
    public Optional<PrepaidPackage> packageOf(long tenantId, GpuClass gpuClass, LocalDate day) {
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
