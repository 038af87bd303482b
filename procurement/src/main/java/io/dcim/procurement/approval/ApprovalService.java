package io.dcim.procurement.approval;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.audit.Actor;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.IllegalTransitionException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cabinet.CabinetDirectory;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.site.SiteTotals;
import io.dcim.inventory.site.SiteTotalsQuery;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.AssetClassService;
import io.dcim.procurement.asset.ClassTerms;
import io.dcim.procurement.asset.VatPolicy;
import io.dcim.procurement.depreciation.AssetTerms;
import io.dcim.procurement.depreciation.DepreciationCalculator;
import io.dcim.procurement.depreciation.DepreciationSchedule;
import io.dcim.procurement.request.CapacityAdded;
import io.dcim.procurement.request.Cny;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.PurchaseRequestService;
import io.dcim.procurement.request.RequestAction;
import io.dcim.procurement.request.RequestKind;
import io.dcim.procurement.request.RequestLine;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.request.RequestWorkflow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * The decisions on a purchase request: submit, approve, reject, return to the requester,
 * cancel and close. A requester never decides on their own request, and each approval of a
 * round comes from a different manager, as many as the {@link ApprovalPolicy} asks for the
 * request's gross total. Who may take which decision now is {@link #allowedDecisions}: the
 * console shows a button for each; the rules above refuse the others whatever door they come
 * through ({@link ApprovalFacade} and the request's façade check the permission first). Every
 * decision is written to the request's timeline with who, when (from the clock) and why.
 */
public final class ApprovalService {

    private final Database db;
    private final Clock clock;
    private final ApprovalPolicy policy;
    private final VatPolicy vatPolicy;
    private final DepreciationCalculator calculator = new DepreciationCalculator();

    public ApprovalService(Database db, Clock clock, ApprovalPolicy policy, VatPolicy vatPolicy) {
        this.db = db;
        this.clock = clock;
        this.policy = policy;
        this.vatPolicy = vatPolicy;
    }

    public ApprovalPolicy policy() {
        return policy;
    }

    /** The decisions the console offers as buttons. */
    public static final Set<RequestAction> DECISIONS = Collections.unmodifiableSet(EnumSet.of(RequestAction.SUBMIT,
            RequestAction.APPROVE, RequestAction.REJECT, RequestAction.RETURN));

    /**
     * The decisions {@code caller} may take on the request as it stands: the requester (still
     * one who may request purchases) submits a draft or a returned request; a manager other than
     * the requester approves a submitted request once per round, and rejects or returns it.
     */
    public Set<RequestAction> allowedDecisions(Caller caller, long id) {
        return db.read(session -> {
            PurchaseRequest request = Lookup.existing(session, PurchaseRequest.class, id, "purchase request");
            return allowed(caller, request, approvers(session, request));
        });
    }

    private static Set<RequestAction> allowed(Caller caller, PurchaseRequest request, List<String> approvedBy) {
        Set<RequestAction> allowed = EnumSet.noneOf(RequestAction.class);
        boolean requester = request.getRequester().equals(caller.username());
        if (requester && PurchaseRequestService.isRequester(caller)
                && request.getStatus().canMoveTo(RequestStatus.SUBMITTED, request.getKind())) {
            allowed.add(RequestAction.SUBMIT);
        }
        if (!requester && caller.may(Permission.PURCHASE_APPROVE) && request.getStatus() == RequestStatus.SUBMITTED) {
            if (!approvedBy.contains(caller.username())) {
                allowed.add(RequestAction.APPROVE);
            }
            allowed.add(RequestAction.REJECT);
            allowed.add(RequestAction.RETURN);
        }
        return allowed;
    }

    /** The requester sends a DRAFT or RETURNED request for approval; a new round of approvals starts. */
    public PurchaseRequest submit(long id, int expectedVersion, String actor, String comment) {
        return decide(id, expectedVersion, actor, (session, request) -> {
            if (!request.getRequester().equals(actor)) {
                throw new ConflictException("actor", Message.of("procurement.approval.onlyRequesterSubmits",
                        request.getRequester(), id));
            }
            if (request.getStatus().canMoveTo(RequestStatus.SUBMITTED, request.getKind())) {
                if (request.getLines().isEmpty()) {
                    throw new InvalidValueException("lines", Message.of("procurement.approval.noLines"));
                }
                if (request.getJustification() == null) {
                    throw new InvalidValueException("justification", Message.of("procurement.approval.justificationRequired"));
                }
            }
            RequestWorkflow.submit(session, request, policy.approvalsFor(request.getGrossTotal()), actor, comment,
                    clock.instant());
        });
    }

    /**
     * A manager approves. The request becomes APPROVED with the last approval the policy asks
     * for; until then it stays SUBMITTED and the approval is recorded.
     */
    public PurchaseRequest approve(long id, int expectedVersion, String actor, String comment) {
        return decide(id, expectedVersion, actor, (session, request) -> {
            if (request.getStatus() != RequestStatus.SUBMITTED) {
                throw new IllegalTransitionException("status", request.getStatus(), RequestStatus.APPROVED,
                        request.getStatus().next(request.getKind()));
            }
            notTheRequester(request, actor, RequestAction.APPROVE);
            List<String> approvedBy = approvers(session, request);
            if (approvedBy.contains(actor)) {
                throw new ConflictException("actor", Message.of("procurement.approval.alreadyApproved", actor, id));
            }
            if (approvedBy.size() + 1 >= request.getApprovalsRequired()) {
                RequestWorkflow.move(session, request, RequestStatus.APPROVED, RequestAction.APPROVE, actor, comment,
                        clock.instant());
            } else {
                RequestWorkflow.note(session, request, RequestAction.APPROVE, actor, comment, clock.instant());
            }
        });
    }

    /** A manager turns the request down for good; the comment says why. */
    public PurchaseRequest reject(long id, int expectedVersion, String actor, String comment) {
        return decide(id, expectedVersion, actor, (session, request) -> {
            notTheRequester(request, actor, RequestAction.REJECT);
            RequestWorkflow.move(session, request, RequestStatus.REJECTED, RequestAction.REJECT, actor, comment,
                    clock.instant());
        });
    }

    /** A manager sends the request back to the requester to change; the comment says what. */
    public PurchaseRequest returnToRequester(long id, int expectedVersion, String actor, String comment) {
        return decide(id, expectedVersion, actor, (session, request) -> {
            notTheRequester(request, actor, RequestAction.RETURN);
            RequestWorkflow.move(session, request, RequestStatus.RETURNED, RequestAction.RETURN, actor, comment,
                    clock.instant());
        });
    }

    /** Withdraws a request that is not ordered yet (DRAFT, SUBMITTED, RETURNED or APPROVED). */
    public PurchaseRequest cancel(long id, int expectedVersion, String actor, String comment) {
        return decide(id, expectedVersion, actor, (session, request) -> RequestWorkflow.move(session, request,
                RequestStatus.CANCELLED, RequestAction.CANCEL, actor, comment, clock.instant()));
    }

    /**
     * The requester withdraws their own request before it is ordered; a manager who calls it
     * off uses {@link #cancel}.
     */
    public PurchaseRequest withdraw(long id, int expectedVersion, String actor, String comment) {
        return decide(id, expectedVersion, actor, (session, request) -> {
            if (!request.getRequester().equals(actor)) {
                throw new ConflictException("actor", Message.of("procurement.approval.onlyRequesterWithdraws",
                        request.getRequester(), id));
            }
            RequestWorkflow.move(session, request, RequestStatus.CANCELLED, RequestAction.CANCEL, actor, comment,
                    clock.instant());
        });
    }

    /** Closes a request whose goods are all received (or whose outsourced contract is signed). */
    public PurchaseRequest close(long id, int expectedVersion, String actor, String comment) {
        return decide(id, expectedVersion, actor, (session, request) -> RequestWorkflow.move(session, request,
                RequestStatus.CLOSED, RequestAction.CLOSE, actor, comment, clock.instant()));
    }

    /**
     * Where the request stands in its review. A draft or a returned request, whose next round
     * has not started, needs what the policy asks for its total now (its lines may still change).
     */
    public ApprovalState state(long id) {
        return db.read(session -> {
            PurchaseRequest request = Lookup.existing(session, PurchaseRequest.class, id, "purchase request");
            boolean beforeRound = request.getStatus().isEditable();
            return new ApprovalState(id, request.getStatus(), request.getApprovalRound(),
                    beforeRound ? policy.approvalsFor(request.getGrossTotal()) : request.getApprovalsRequired(),
                    beforeRound ? List.of() : approvers(session, request));
        });
    }

    /** What approving the request means for its site and the books; see {@link ApprovalImpact}. */
    public ApprovalImpact impact(long id) {
        Long siteId = db.read(session -> Lookup.existing(session, PurchaseRequest.class, id, "purchase request").getSiteId());
        SiteTotals site = siteId == null ? null : siteTotals(siteId);
        return db.read(session -> new ImpactEstimate(session, Lookup.existing(session, PurchaseRequest.class, id,
                "purchase request"), site).impact());
    }

    private SiteTotals siteTotals(long siteId) {
        return new SiteTotalsQuery(db).all().stream().filter(t -> t.siteId() == siteId).findFirst().orElse(null);
    }

    /** The estimate for one request, read in one session. */
    private final class ImpactEstimate {

        private final Session session;
        private final PurchaseRequest request;
        private final SiteTotals site;
        private final List<Message> warnings = new ArrayList<>();

        ImpactEstimate(Session session, PurchaseRequest request, SiteTotals site) {
            this.session = session;
            this.request = request;
            this.site = site;
        }

        ApprovalImpact impact() {
            CapacityAdded capacity = PurchaseRequestService.capacity(session, request);
            List<CabinetDirectory.Space> chosen = CabinetDirectory.space(session, request.getCabinetIds());
            long chosenFreeU = chosen.stream().mapToLong(CabinetDirectory.Space::freeU).sum();
            long chosenHeadroom = chosen.stream().mapToLong(CabinetDirectory.Space::headroomW).sum();
            long cabinetsNeeded = chosen.isEmpty() ? estimateCabinets(capacity) : chosen.size();
            YearMonth first = YearMonth.from(inServiceDate()).plusMonths(1);
            BigDecimal depreciation = monthlyDepreciation();
            BigDecimal service = request.getLines().stream().filter(l -> !l.isEquipment()).map(RequestLine::getMonthlyPrice)
                    .reduce(Cny.ZERO, BigDecimal::add);
            long empty = site == null ? 0 : site.cabinetsEmpty();
            long headroom = site == null ? 0 : site.contractedW() - site.typicalW();
            if (request.getKind() == RequestKind.EQUIPMENT) {
                warnAboutSpace(capacity, chosen, chosenFreeU, chosenHeadroom, cabinetsNeeded, empty, headroom);
            }
            return new ApprovalImpact(request.getId(), request.getTotals(), capacity, cabinetsNeeded,
                    site == null ? 0 : site.cabinets(), empty, headroom, chosen.size(), chosenFreeU, chosenHeadroom,
                    depreciation, depreciation.signum() == 0 ? null : first, service, site == null ? 0 : site.gpus(),
                    site == null ? 0 : site.gpusInService(), site == null ? 0 : site.gpusAllocated(), List.copyOf(warnings));
        }

        /** Whichever binds: the rack units of an average cabinet of the site, or its contracted power. */
        private long estimateCabinets(CapacityAdded capacity) {
            if (capacity.rackUnits() == 0 && capacity.typicalW() == 0) {
                return 0;
            }
            long uPerCabinet = site == null || site.cabinets() == 0 ? Cabinet.DEFAULT_HEIGHT_U : site.uTotal() / site.cabinets();
            long wPerCabinet = site == null || site.cabinets() == 0 ? Cabinet.DEFAULT_CONTRACTED_W
                    : site.contractedW() / site.cabinets();
            return Math.max(ceilDiv(capacity.rackUnits(), uPerCabinet), ceilDiv(capacity.typicalW(), wPerCabinet));
        }

        private void warnAboutSpace(CapacityAdded capacity, List<CabinetDirectory.Space> chosen, long chosenFreeU, long chosenHeadroom,
                                    long cabinetsNeeded, long empty, long headroom) {
            if (!chosen.isEmpty()) {
                if (capacity.rackUnits() > chosenFreeU) {
                    warnings.add(Message.of("procurement.impact.chosenUnits", chosenFreeU, capacity.rackUnits()));
                }
                if (capacity.typicalW() > chosenHeadroom) {
                    warnings.add(Message.of("procurement.impact.chosenPower", kw(chosenHeadroom), kw(capacity.typicalW())));
                }
            } else if (cabinetsNeeded > empty) {
                warnings.add(Message.of("procurement.impact.cabinets", cabinetsNeeded, empty));
            }
            if (capacity.typicalW() > headroom) {
                warnings.add(Message.of("procurement.impact.sitePower", kw(capacity.typicalW()), kw(headroom)));
            }
        }

        /** Under the terms the class gives new assets: the charge of the first month once all units depreciate. */
        private BigDecimal monthlyDepreciation() {
            Map<Long, DeviceModel> models = PurchaseRequestService.deviceModels(session, request.getLines());
            BigDecimal total = Cny.ZERO;
            for (RequestLine line : request.getLines()) {
                if (!line.isEquipment()) {
                    continue;
                }
                AssetClass assetClass = AssetClass.of(models.get(line.getDeviceModelId()).getKind());
                ClassTerms given = AssetClassService.termsOf(session, assetClass);
                AssetTerms terms = new AssetTerms(vatPolicy.unitCost(line.getUnitPrice(), line.getVatRate()),
                        given.residualRate(), given.usefulLifeMonths(), given.method(), inServiceDate(), given.convention());
                DepreciationSchedule schedule = calculator.schedule(terms);
                total = total.add(schedule.periods().get(0).depreciation().multiply(BigDecimal.valueOf(line.getQuantity())));
            }
            return total;
        }

        private LocalDate inServiceDate() {
            return request.getExpectedDelivery() != null ? request.getExpectedDelivery() : LocalDate.now(clock);
        }
    }

    private static long ceilDiv(long a, long b) {
        return b <= 0 ? 0 : (a + b - 1) / b;
    }

    private static String kw(long watts) {
        return BigDecimal.valueOf(watts).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP).toPlainString();
    }

    private static void notTheRequester(PurchaseRequest request, String actor, RequestAction verb) {
        if (request.getRequester().equals(actor)) {
            throw new ConflictException("actor", Message.of("procurement.approval.ownRequest", actor, request.getId(),
                    verb.verb()));
        }
    }

    /** Managers who approved in the request's current round, in order. */
    private static List<String> approvers(Session session, PurchaseRequest request) {
        return session.createQuery("select e.actor from TimelineEntry e where e.request = :r and e.approvalRound = :round"
                        + " and e.action = :approve order by e.occurredAt, e.id", String.class)
                .setParameter("r", request).setParameter("round", request.getApprovalRound())
                .setParameter("approve", RequestAction.APPROVE).getResultList();
    }

    private interface Decision {
        void apply(Session session, PurchaseRequest request);
    }

    private PurchaseRequest decide(long id, int expectedVersion, String actor, Decision decision) {
        if (actor == null || actor.isBlank()) {
            throw new InvalidValueException("actor", Message.of("procurement.approval.actorRequired"));
        }
        return Actor.as(actor, () -> db.inTransaction(session -> {
            PurchaseRequest request = Lookup.existing(session, PurchaseRequest.class, id, "purchase request");
            Lookup.checkVersion(request.getVersion(), expectedVersion, Message.named(PurchaseRequest.class, "request", id));
            decision.apply(session, request);
            return request;
        }));
    }
}
