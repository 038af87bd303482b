package io.dcim.forecasting.capacity;

import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.history.Resource;
import io.dcim.inventory.site.Site;
import io.dcim.procurement.contract.ContractService;
import io.dcim.procurement.contract.ContractedCapacity;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

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
        String sql = switch (resource) {
            case GPU -> "select coalesce(sum(case when g.status = 'IN_SERVICE' then 1 else 0 end), 0) from gpu g where g.site_id = :site";
            case POWER -> "select coalesce(sum(c.contracted_w), 0) from cabinet c join room r on r.id = c.room_id where r.site_id = :site";
            case CABINETS -> "select count(*) from cabinet c join room r on r.id = c.room_id where r.site_id = :site";
            case U -> "select coalesce(sum(c.height_u), 0) from cabinet c join room r on r.id = c.room_id where r.site_id = :site";
        };
        return db.read(session -> ((Number) session.createNativeQuery(sql, Object.class).setParameter("site", siteId)
                .getSingleResult()).longValue());
    }

    /** GPUs of open order lines for the site there on the first day of each month. */
    long[] onOrderGpus(long siteId, YearMonth first, int months) {
        List<Object[]> rows = db.read(session -> session.createNativeQuery(
                "select ol.quantity - ol.received_quantity, dm.gpu_slots, po.order_date, s.lead_time_days, r.expected_delivery"
                        + " from purchase_order_line ol join purchase_order po on po.id = ol.order_id"
                        + " join purchase_request r on r.id = po.request_id join supplier s on s.id = po.supplier_id"
                        + " join device_model dm on dm.id = ol.device_model_id"
                        + " where r.site_id = :site and po.status <> 'RECEIVED' and ol.quantity > ol.received_quantity"
                        + " and dm.gpu_slots > 0", Object[].class).setParameter("site", siteId).getResultList());
        long[] out = new long[months];
        for (Object[] row : rows) {
            long gpus = ((Number) row[0]).longValue() * ((Number) row[1]).longValue();
            LocalDate arrival = row[4] != null ? date(row[4]) : date(row[2]).plusDays(((Number) row[3]).longValue());
            addFrom(out, first, arrival, gpus);
        }
        return out;
    }

    /** GPUs under outsourced contracts on the first day of each month. */
    long[] outsourcedGpus(YearMonth first, int months) {
        List<ContractedCapacity> byMonth = contracts.capacityByMonth(first, first.plusMonths(months - 1L));
        return byMonth.stream().mapToLong(ContractedCapacity::gpus).toArray();
    }

    /** GPUs in service whose server's asset reaches the end of its useful life by the first day of each month. */
    long[] retiringGpus(long siteId, YearMonth first, int months) {
        List<Object[]> rows = db.read(session -> session.createNativeQuery(
                "select fa.in_service_date, fa.useful_life_months, d.gpus_in_service from fixed_asset fa"
                        + " join device d on d.id = fa.device_id where fa.site_id = :site and fa.disposed_on is null"
                        + " and d.gpus_in_service > 0 and d.status not in ('DECOMMISSIONED', 'DISPOSED')", Object[].class)
                .setParameter("site", siteId).getResultList());
        long[] out = new long[months];
        for (Object[] row : rows) {
            LocalDate end = date(row[0]).plusMonths(((Number) row[1]).longValue());
            addFrom(out, first, end, ((Number) row[2]).longValue());
        }
        return out;
    }

    /** Contracted W of each empty, unreserved cabinet of the site, largest first. */
    List<Integer> freeCabinetWatts(long siteId) {
        return db.read(session -> session.createNativeQuery("select c.contracted_w from cabinet c"
                        + " join room r on r.id = c.room_id where r.site_id = :site and c.device_count = 0 and c.reserved_u = 0"
                        + " order by c.contracted_w desc", Integer.class)
                .setParameter("site", siteId).getResultList());
    }

    /** The net unit price, supplier and its lead time of the model's most recent order line, if any. */
    Optional<LastOrder> lastOrder(long deviceModelId) {
        List<Object[]> rows = db.read(session -> session.createNativeQuery(
                "select ol.unit_price, s.id, s.lead_time_days from purchase_order_line ol"
                        + " join purchase_order po on po.id = ol.order_id join supplier s on s.id = po.supplier_id"
                        + " where ol.device_model_id = :model order by po.order_date desc, po.id desc", Object[].class)
                .setParameter("model", deviceModelId).setMaxResults(1).getResultList());
        return rows.stream().findFirst().map(r -> new LastOrder((BigDecimal) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).intValue()));
    }

    Site site(long siteId) {
        Site site = db.read(session -> session.find(Site.class, siteId));
        if (site == null) {
            throw new NotFoundException(Message.noun(Site.class, "site"), siteId);
        }
        return site;
    }

    /** Adds {@code amount} to every month whose first day is on or after {@code from}. */
    private static void addFrom(long[] months, YearMonth first, LocalDate from, long amount) {
        for (int i = 0; i < months.length; i++) {
            if (!first.plusMonths(i).atDay(1).isBefore(from)) {
                months[i] += amount;
            }
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    record LastOrder(BigDecimal unitPrice, long supplierId, int leadTimeDays) {
    }
}
