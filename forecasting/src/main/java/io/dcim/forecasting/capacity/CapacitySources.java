package io.dcim.forecasting.capacity;

import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.history.Resource;
import io.dcim.inventory.cabinet.CabinetDirectory;
import io.dcim.inventory.catalog.ModelDirectory;
import io.dcim.inventory.device.DeviceDirectory;
import io.dcim.inventory.gpu.GpuCounts;
import io.dcim.inventory.site.Site;
import io.dcim.procurement.asset.AssetDirectory;
import io.dcim.procurement.contract.ContractService;
import io.dcim.procurement.contract.ContractedCapacity;
import io.dcim.procurement.order.OrderDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The parts of a site's capacity over time, read in a handful of aggregate queries: what is installed now,
 * GPUs ordered but not yet received (arriving at the request's expected delivery, else the order date plus the
 * supplier's lead time), GPUs under outsourced contracts by term, and GPUs retiring at the end of their assets'
 * useful life. A month counts what is there on its first day.
 */
final class CapacitySources {

    private final Database db;
    private final ContractService contracts;

    CapacitySources(Database db, Clock clock) {
        this.db = db;
        this.contracts = new ContractService(db, clock);
    }

    /** The site's current capacity of the resource: GPUs in service, contracted W, cabinets or U. */
    long installed(long siteId, Resource resource) {
        return db.read(session -> switch (resource) {
            case GPU -> GpuCounts.inServiceAtSite(session, siteId);
            case POWER -> CabinetDirectory.capacityOfSite(session, siteId).contractedW();
            case CABINETS -> CabinetDirectory.capacityOfSite(session, siteId).cabinets();
            case U -> CabinetDirectory.capacityOfSite(session, siteId).heightU();
        });
    }

    /** GPUs of open order lines for the site there on the first day of each month. */
    long[] onOrderGpus(long siteId, YearMonth first, int months) {
        return db.read(session -> {
            List<OrderDirectory.OpenLine> lines = OrderDirectory.openLinesForSite(session, siteId);
            Map<Long, Integer> slots = ModelDirectory.gpuSlots(session,
                    lines.stream().map(OrderDirectory.OpenLine::deviceModelId).collect(Collectors.toSet()));
            return countedFrom(first, months, lines, OrderDirectory.OpenLine::arrival,
                    line -> (long) line.outstanding() * slots.getOrDefault(line.deviceModelId(), 0));
        });
    }

    /** GPUs under outsourced contracts on the first day of each month. */
    long[] outsourcedGpus(YearMonth first, int months) {
        List<ContractedCapacity> byMonth = contracts.capacityByMonth(first, first.plusMonths(months - 1L));
        return byMonth.stream().mapToLong(ContractedCapacity::gpus).toArray();
    }

    /** GPUs in service whose server's asset reaches the end of its useful life by the first day of each month. */
    long[] retiringGpus(long siteId, YearMonth first, int months) {
        return db.read(session -> {
            List<AssetDirectory.DeviceLife> assets = AssetDirectory.devicesInUseAtSite(session, siteId);
            Map<Long, Integer> gpus = DeviceDirectory.gpusInService(session,
                    assets.stream().map(AssetDirectory.DeviceLife::deviceId).collect(Collectors.toSet()));
            return countedFrom(first, months, assets, AssetDirectory.DeviceLife::endOfLife,
                    asset -> gpus.getOrDefault(asset.deviceId(), 0));
        });
    }

    /** Contracted W of each empty, unreserved cabinet of the site, largest first. */
    List<Integer> freeCabinetWatts(long siteId) {
        return db.read(session -> CabinetDirectory.emptyCabinetWatts(session, siteId));
    }

    /** The net unit price, supplier and its lead time of the model's most recent order line, if any. */
    Optional<LastOrder> lastOrder(long deviceModelId) {
        return db.read(session -> OrderDirectory.lastOrderOf(session, deviceModelId))
                .map(o -> new LastOrder(o.unitPrice(), o.supplierId(), o.leadTimeDays()));
    }

    Site site(long siteId) {
        Site site = db.read(session -> session.find(Site.class, siteId));
        if (site == null) {
            throw new NotFoundException(Message.noun(Site.class, "site"), siteId);
        }
        return site;
    }

    /**
     * For each of {@code months} months from {@code first}, the GPUs of the items whose date (an arrival, an end of
     * life) falls on or before the month's first day; an item with none is passed over.
     */
    private static <T> long[] countedFrom(YearMonth first, int months, List<T> items, Function<T, LocalDate> date,
                                          ToLongFunction<T> gpus) {
        long[] out = new long[months];
        for (T item : items) {
            long count = gpus.applyAsLong(item);
            if (count != 0) {
                addFrom(out, first, date.apply(item), count);
            }
        }
        return out;
    }

    /** Adds {@code amount} to every month whose first day is on or after {@code from}. */
    private static void addFrom(long[] months, YearMonth first, LocalDate from, long amount) {
        for (int i = 0; i < months.length; i++) {
            if (!first.plusMonths(i).atDay(1).isBefore(from)) {
                months[i] += amount;
            }
        }
    }

    record LastOrder(BigDecimal unitPrice, long supplierId, int leadTimeDays) {
    }
}
