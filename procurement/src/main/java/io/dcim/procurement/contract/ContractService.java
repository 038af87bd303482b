package io.dcim.procurement.contract;

import io.dcim.common.audit.Actor;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.catalog.GpuModelJoin;
import io.dcim.procurement.request.Cny;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestAction;
import io.dcim.procurement.request.RequestKind;
import io.dcim.procurement.request.RequestLine;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.request.RequestWorkflow;
import io.dcim.procurement.supplier.Supplier;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.required;

/**
 * Outsourced compute contracts, signed from approved OUTSOURCED_COMPUTE requests, and the GPU
 * capacity they give on any day (the forecasting module reads it as supply that is not ours).
 */
public final class ContractService {

    /** The contract's GPU model, joined for its name (inventory writes its side of the join). */
    private static final GpuModelJoin GPU_MODEL = GpuModelJoin.as("g");
    private static final SortColumns SORT = new SortColumns("start", "c.id", Map.of(
            "start", "c.startDate", "end", "c.endDate", "provider", "p.nameKey", "gpus", "c.gpuCount",
            "number", "c.contractNumberKey"));

    private final Database db;
    private final Clock clock;

    public ContractService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Signs an APPROVED outsourced compute request: one contract per line; the request becomes ORDERED. */
    public List<ComputeContract> sign(long requestId, int expectedRequestVersion, NewContract input, String actor) {
        return Actor.as(actor, () -> db.inTransaction(session -> {
            PurchaseRequest request = Lookup.existing(session, PurchaseRequest.class, requestId, "purchase request");
            Lookup.checkVersion(request.getVersion(), expectedRequestVersion,
                    Message.named(PurchaseRequest.class, "request", requestId));
            if (request.getKind() != RequestKind.OUTSOURCED_COMPUTE) {
                throw new InvalidValueException("kind", Message.of("procurement.contract.equipmentIsOrdered"));
            }
            Supplier provider = Lookup.referenced(session, Supplier.class, input.providerId(), "providerId", "supplier");
            if (provider == null) {
                throw new InvalidValueException("providerId", Message.of("procurement.contract.providerRequired"));
            }
            String number = required("contractNumber", input.contractNumber(), 60);
            if (input.startDate() == null) {
                throw new InvalidValueException("startDate", Message.of("procurement.contract.startRequired"));
            }
            RequestWorkflow.move(session, request, RequestStatus.ORDERED, RequestAction.ORDER, actor,
                    "contract " + number + " with " + provider.getName(), clock.instant());
            List<ComputeContract> contracts = new ArrayList<>();
            for (RequestLine line : request.getLines()) {
                String lineNumber = request.getLines().size() == 1 ? number : number + "/" + line.getLineNo();
                checkNumberFree(session, lineNumber);
                ComputeContract contract = new ComputeContract(lineNumber, provider, line.getGpuModelId(),
                        line.getGpuCount(), input.startDate(), line.getTermMonths(), line.getMonthlyPrice(), line.getVatRate());
                contract.fromRequest(request.getId(), line.getId(), line.getDescription());
                session.persist(contract);
                contracts.add(contract);
            }
            return contracts;
        }));
    }

    public ComputeContract find(long id) {
        return db.read(session -> {
            ComputeContract contract = Lookup.existing(session, ComputeContract.class, id, "compute contract");
            contract.getProvider().getName();
            return contract;
        });
    }

    public List<ComputeContract> forRequest(long requestId) {
        return db.read(session -> session.createQuery(
                        "from ComputeContract c join fetch c.provider where c.requestId = :r order by c.contractNumber",
                        ComputeContract.class)
                .setParameter("r", requestId).getResultList());
    }

    public Page<ContractSummary> page(Boolean activeToday, PageRequest page) {
        return db.read(session -> new PagedQuery<>(ContractSummary.class,
                "select new io.dcim.procurement.contract.ContractSummary(c.id, c.version, c.contractNumber, p.name, "
                        + GPU_MODEL.name() + ","
                        + " c.gpuCount, c.startDate, c.endDate, c.termMonths, c.monthlyCost, c.requestId)",
                "from ComputeContract c join c.provider p" + GPU_MODEL.on("c.gpuModelId"), "c.id", SORT)
                .where("c.startDate <= :today and c.endDate > :today", "today",
                        Boolean.TRUE.equals(activeToday) ? LocalDate.now(clock) : null)
                .fetch(session, page));
    }

    /** The GPUs under contract on {@code date}, in total and by model, and what they cost a month. */
    public ContractedCapacity capacityAt(LocalDate date) {
        if (date == null) {
            throw new InvalidValueException("date", Message.of("common.field.required"));
        }
        return db.read(session -> capacity(date, running(session, date, date)));
    }

    /** {@link #capacityAt} on the first day of each month from {@code from} to {@code to}. */
    public List<ContractedCapacity> capacityByMonth(YearMonth from, YearMonth to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidValueException("to", Message.of("procurement.contract.monthRange"));
        }
        return db.read(session -> {
            List<Object[]> rows = running(session, from.atDay(1), to.atDay(1));
            List<ContractedCapacity> months = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                months.add(capacity(m.atDay(1), rows));
            }
            return months;
        });
    }

    /** An outsourced contract as a site's costs need it: its GPUs, days [start, end) and monthly cost net of VAT. */
    public record SiteContract(long id, String contractNumber, String gpuModelName, int gpus, LocalDate start, LocalDate end,
                               BigDecimal monthlyCost) {
    }

    /**
     * The contracts signed from requests that name the site and run at some day between {@code from} and
     * {@code to}. A contract whose request names no site is capacity of the whole operator, in no site's figures.
     */
    public List<SiteContract> forSite(long siteId, LocalDate from, LocalDate to) {
        return db.read(session -> session.createQuery("select new io.dcim.procurement.contract.ContractService$SiteContract("
                        + "c.id, c.contractNumber, " + GPU_MODEL.name() + ", c.gpuCount, c.startDate, c.endDate, c.monthlyCost)"
                        + " from ComputeContract c" + GPU_MODEL.on("c.gpuModelId")
                        + " where c.startDate <= :to and c.endDate > :from and c.requestId in"
                        + " (select r.id from PurchaseRequest r where r.siteId = :site) order by c.id", SiteContract.class)
                .setParameter("from", from).setParameter("to", to).setParameter("site", siteId).getResultList());
    }

    /** Contracts running at some day between {@code from} and {@code to}: start, end, GPUs, model name, monthly cost. */
    private static List<Object[]> running(Session session, LocalDate from, LocalDate to) {
        return session.createQuery("select c.startDate, c.endDate, c.gpuCount, " + GPU_MODEL.name() + ", c.monthlyCost"
                        + " from ComputeContract c" + GPU_MODEL.on("c.gpuModelId")
                        + " where c.startDate <= :to and c.endDate > :from", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    private static ContractedCapacity capacity(LocalDate date, List<Object[]> rows) {
        Map<String, Long> byModel = new TreeMap<>();
        BigDecimal cost = Cny.ZERO;
        long gpus = 0;
        int contracts = 0;
        for (Object[] row : rows) {
            LocalDate start = (LocalDate) row[0];
            LocalDate end = (LocalDate) row[1];
            if (!date.isBefore(start) && date.isBefore(end)) {
                int count = ((Number) row[2]).intValue();
                byModel.merge((String) row[3], (long) count, Long::sum);
                cost = cost.add((BigDecimal) row[4]);
                gpus += count;
                contracts++;
            }
        }
        return new ContractedCapacity(date, gpus, byModel, cost, contracts);
    }

    private static void checkNumberFree(Session session, String number) {
        Long clashes = session.createQuery("select count(c) from ComputeContract c where c.contractNumberKey = :k", Long.class)
                .setParameter("k", ComputeContract.key(number)).getSingleResult();
        if (clashes > 0) {
            throw new ConflictException("contractNumber", Message.of("procurement.contract.numberTaken", number));
        }
    }
}
