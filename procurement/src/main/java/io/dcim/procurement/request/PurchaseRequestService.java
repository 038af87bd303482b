package io.dcim.procurement.request;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.audit.Actor;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.paging.Like;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.cabinet.CabinetDirectory;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.catalog.GpuModel;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteJoin;
import io.dcim.procurement.supplier.Supplier;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.optional;
import static io.dcim.common.text.Fields.required;

/**
 * Drafts, edits and deletes purchase requests, computes what they cost and what they add, and
 * lists them. Only the requester edits their request, and only while it is a draft or
 * returned; only the requester deletes it, and only as a draft. Doors change requests through
 * {@link PurchaseRequestFacade} (the permission, the caller's name); {@link #mayCreate},
 * {@link #mayEdit} and {@link #mayDelete} tell the console which controls to show.
 */
public final class PurchaseRequestService {

    static final int MAX_LINES = 200;
    static final int MAX_QUANTITY = 100_000;
    static final int MAX_TERM_MONTHS = 120;
    static final int MAX_GPU_COUNT = 1_000_000;
    static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("99999999.99");
    static final BigDecimal MAX_MONTHLY_PRICE = new BigDecimal("999999999.99");
    /** The columns hold 14 digits before the decimal point. */
    static final BigDecimal MAX_TOTAL = new BigDecimal("99999999999999.99");
    /** The request's site, joined for its name (inventory writes its side of the join). */
    private static final SiteJoin SITE = SiteJoin.as("st");
    private static final SortColumns SORT = new SortColumns("updated", "r.id", Map.of(
            "updated", "r.updatedAt", "created", "r.createdAt", "title", "r.title", "requester", "r.requester",
            "status", "r.status", "gross", "r.grossTotal", "site", SITE.name()));

    private final Database db;
    private final Clock clock;

    public PurchaseRequestService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Whoever holds {@link Permission#PURCHASE_REQUEST} requests purchases. */
    public boolean mayCreate(Caller caller) {
        return isRequester(caller);
    }

    /** {@link #mayCreate} for services that hold no instance of this one (submitting is the requester's too). */
    public static boolean isRequester(Caller caller) {
        return caller != null && caller.may(Permission.PURCHASE_REQUEST);
    }

    /** The requester changes their request while it is a draft or came back for changes. */
    public boolean mayEdit(Caller caller, PurchaseRequest request) {
        return mayCreate(caller) && request.getRequester().equals(caller.username()) && request.getStatus().isEditable();
    }

    /**
     * The requester deletes a draft nobody has seen yet; a request once submitted keeps its
     * timeline and is cancelled instead.
     */
    public boolean mayDelete(Caller caller, PurchaseRequest request) {
        return mayCreate(caller) && request.getRequester().equals(caller.username())
                && request.getStatus() == RequestStatus.DRAFT;
    }

    /**
     * Deletes a draft with its lines and its one timeline entry: only its requester, and only
     * while nobody has seen it (a request once submitted keeps its timeline and is withdrawn).
     */
    public void delete(long id, int expectedVersion, String actor) {
        Actor.as(actor, () -> db.inTransaction(session -> {
            PurchaseRequest request = load(session, id);
            Lookup.checkVersion(request.getVersion(), expectedVersion, Message.named(PurchaseRequest.class, "request", id));
            if (!request.getRequester().equals(actor) || request.getStatus() != RequestStatus.DRAFT) {
                throw new NotPermittedException(null, Message.of("procurement.request.onlyRequesterDeletes", request.getRequester(),
                        id));
            }
            session.createMutationQuery("delete from TimelineEntry e where e.request = :r").setParameter("r", request)
                    .executeUpdate();
            session.remove(request);
            return null;
        }));
    }

    /**
     * A new request in DRAFT, owned by {@code requester}. Doors go through
     * {@link PurchaseRequestFacade}, which checks the permission first; the demo and a capacity
     * plan's drafts act for the system.
     */
    public PurchaseRequest create(String requester, RequestDraft draft) {
        return Actor.as(requester, () -> db.inTransaction(session -> {
            RequestKind kind = kind(draft);
            PurchaseRequest request = new PurchaseRequest(RequestWorkflow.actor(requester), kind);
            apply(session, request, draft);
            session.persist(request);
            RequestWorkflow.created(session, request, clock.instant());
            return request;
        }));
    }

    /** Changes a DRAFT or RETURNED request; only its requester may. */
    public PurchaseRequest edit(long id, int expectedVersion, String actor, RequestDraft draft) {
        return Actor.as(actor, () -> db.inTransaction(session -> {
            PurchaseRequest request = load(session, id);
            Lookup.checkVersion(request.getVersion(), expectedVersion, Message.named(PurchaseRequest.class, "request", id));
            if (!request.getRequester().equals(actor)) {
                throw new ConflictException("requester", Message.of("procurement.request.onlyRequesterEdits", request.getRequester(),
                        id));
            }
            if (!request.getStatus().isEditable()) {
                throw new ConflictException("status", Message.of("procurement.request.notEditable", id,
                        String.valueOf(request.getStatus())));
            }
            if (kind(draft) != request.getKind()) {
                throw new InvalidValueException("kind", Message.of("procurement.request.kindFixed", String.valueOf(request.getKind()),
                        String.valueOf(draft.kind())));
            }
            apply(session, request, draft);
            return request;
        }));
    }

    /** The request with its lines and cabinets loaded. */
    public PurchaseRequest find(long id) {
        return db.read(session -> {
            PurchaseRequest request = load(session, id);
            // Loaded while the session is open: the caller reads them after it closes.
            request.getLines().size();
            request.getCabinetIds();
            Hibernate.initialize(request.getPreferredSupplier());
            return request;
        });
    }

    public Page<RequestSummary> page(RequestFilter filter, PageRequest page) {
        Set<RequestStatus> statuses = filter.statuses() == null || filter.statuses().isEmpty() ? null : filter.statuses();
        return db.read(session -> new PagedQuery<>(RequestSummary.class,
                "select new io.dcim.procurement.request.RequestSummary(r.id, r.version, r.title, r.requester, r.kind,"
                        + " r.status, r.siteId, " + SITE.name() + ", r.grossTotal, r.approvalsRequired, r.createdAt, r.updatedAt)",
                "from PurchaseRequest r" + SITE.leftOn("r.siteId"), "r.id", SORT)
                .where("r.status in (:statuses)", "statuses", statuses)
                .where("r.kind = :kind", "kind", filter.kind())
                .where("r.requester = :requester", "requester", filter.requester())
                .where("r.siteId = :site", "site", filter.siteId())
                .where("upper(r.title) like :title", "title", Like.contains(filter.titleContains()))
                .where("r.status = io.dcim.procurement.request.RequestStatus.SUBMITTED and r.requester <> :manager"
                        + " and not exists (select 1 from TimelineEntry e where e.request = r and e.actor = :manager"
                        + " and e.approvalRound = r.approvalRound"
                        + " and e.action = io.dcim.procurement.request.RequestAction.APPROVE)",
                        "manager", filter.awaitingApprovalBy())
                .fetch(session, page));
    }

    /** Every step of the request, oldest first. */
    public List<TimelineEntry> timeline(long id) {
        return db.read(session -> {
            load(session, id);
            return session.createQuery("from TimelineEntry e where e.request.id = :id order by e.occurredAt, e.id",
                    TimelineEntry.class).setParameter("id", id).getResultList();
        });
    }

    /** What the request adds to the fleet, from the catalog models of its lines. */
    public CapacityAdded capacity(long id) {
        return db.read(session -> capacity(session, load(session, id)));
    }

    /** {@link #capacity(long)} inside a caller's transaction. */
    public static CapacityAdded capacity(Session session, PurchaseRequest request) {
        Map<Long, DeviceModel> models = deviceModels(session, request.getLines());
        CapacityAdded total = CapacityAdded.NONE;
        for (RequestLine line : request.getLines()) {
            total = total.plus(line.isEquipment() ? CapacityAdded.of(models.get(line.getDeviceModelId()), line.getQuantity())
                    : CapacityAdded.outsourced(line.getGpuCount()));
        }
        return total;
    }

    /**
     * What equipment lines still being typed would add, by the same rule as a saved request's
     * {@link #capacity(long)}: a line without a model or a quantity yet, or naming no catalog
     * model, adds nothing (nothing here is refused: the form shows it as the lines change).
     */
    public CapacityAdded capacityOf(List<LineInput> lines) {
        List<LineInput> typed = lines == null ? List.of() : lines.stream()
                .filter(l -> l != null && l.deviceModelId() != null && l.quantity() != null && l.quantity() > 0).toList();
        if (typed.isEmpty()) {
            return CapacityAdded.NONE;
        }
        Set<Long> ids = typed.stream().map(LineInput::deviceModelId).collect(Collectors.toSet());
        return db.read(session -> {
            // By id, as deviceModels: the catalog is inventory's, queried through no HQL of ours.
            Map<Long, DeviceModel> models = session.byMultipleIds(DeviceModel.class).multiLoad(List.copyOf(ids)).stream()
                    .filter(Objects::nonNull).collect(Collectors.toMap(DeviceModel::getId, m -> m));
            CapacityAdded total = CapacityAdded.NONE;
            for (LineInput line : typed) {
                DeviceModel model = models.get(line.deviceModelId());
                total = model == null ? total : total.plus(CapacityAdded.of(model, line.quantity()));
            }
            return total;
        });
    }

    /** The catalog models of the lines, in one query. */
    public static Map<Long, DeviceModel> deviceModels(Session session, List<RequestLine> lines) {
        Set<Long> ids = lines.stream().filter(RequestLine::isEquipment).map(RequestLine::getDeviceModelId)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        // Loaded by id, not by a query over the catalog's fields; ids no model has are left out, as before.
        return session.byMultipleIds(DeviceModel.class).multiLoad(List.copyOf(ids)).stream().filter(Objects::nonNull)
                .collect(Collectors.toMap(DeviceModel::getId, m -> m));
    }

    private static RequestKind kind(RequestDraft draft) {
        if (draft.kind() == null) {
            throw new InvalidValueException("kind", Message.of("procurement.request.kindRequired"));
        }
        return draft.kind();
    }

    private static void apply(Session session, PurchaseRequest request, RequestDraft draft) {
        request.setTitle(required("title", draft.title(), 200));
        request.setJustification(optional("justification", draft.justification(), 4000));
        if (draft.currency() != null && !draft.currency().isBlank() && !Cny.CODE.equalsIgnoreCase(draft.currency().trim())) {
            throw new InvalidValueException("currency", Message.of("procurement.request.currency", draft.currency().trim()));
        }
        Site site = Lookup.referenced(session, Site.class, draft.siteId(), "siteId", "site");
        if (site == null && request.getKind() == RequestKind.EQUIPMENT) {
            throw new InvalidValueException("siteId", Message.of("procurement.request.siteRequired"));
        }
        request.setSiteId(site == null ? null : site.getId());
        request.setCabinetIds(cabinets(session, request.getKind(), site, draft.cabinetIds()));
        request.setCostCentre(optional("costCentre", draft.costCentre(), 40));
        request.setPreferredSupplier(Lookup.referenced(session, Supplier.class, draft.preferredSupplierId(),
                "preferredSupplierId", "supplier"));
        request.setExpectedDelivery(draft.expectedDelivery());
        request.replaceLines(lines(session, request.getKind(), draft.lines()));
        if (request.getGrossTotal().compareTo(MAX_TOTAL) > 0) {
            throw new InvalidValueException("lines", Message.of("procurement.request.totalTooLarge",
                    Cny.format(request.getGrossTotal())));
        }
    }

    private static Set<Long> cabinets(Session session, RequestKind kind, Site site, Set<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return Set.of();
        }
        if (kind != RequestKind.EQUIPMENT) {
            throw new InvalidValueException("cabinetIds", Message.of("procurement.request.noCabinetsForCompute"));
        }
        Map<Long, Long> siteOf = CabinetDirectory.sitesOf(session, ids);
        for (Long id : ids) {
            if (!siteOf.containsKey(id)) {
                throw new InvalidValueException("cabinetIds", Message.of("procurement.request.noSuchCabinet", id));
            }
            if (!siteOf.get(id).equals(site.getId())) {
                throw new InvalidValueException("cabinetIds", Message.of("procurement.request.cabinetElsewhere", id, site.getName()));
            }
        }
        return new HashSet<>(ids);
    }

    private static List<RequestLine.Values> lines(Session session, RequestKind kind, List<LineInput> inputs) {
        if (inputs == null) {
            return List.of();
        }
        if (inputs.size() > MAX_LINES) {
            throw new InvalidValueException("lines", Message.of("procurement.request.tooManyLines", MAX_LINES, inputs.size()));
        }
        List<RequestLine.Values> lines = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String field = "lines[" + i + "].";
            LineInput in = inputs.get(i);
            if (in == null) {
                throw new InvalidValueException("lines[" + i + "]", Message.of("procurement.request.lineEmpty"));
            }
            lines.add(kind == RequestKind.EQUIPMENT ? equipment(session, field, in) : outsourced(session, field, in));
        }
        return lines;
    }

    private static RequestLine.Values equipment(Session session, String field, LineInput in) {
        if (in.deviceModelId() == null) {
            throw new InvalidValueException(field + "deviceModelId", Message.of("procurement.request.modelRequired"));
        }
        if (in.gpuModelId() != null || in.gpuCount() != null || in.termMonths() != null || in.monthlyPrice() != null) {
            throw new InvalidValueException(field + "gpuModelId", Message.of("procurement.request.computeFieldsOnEquipment"));
        }
        DeviceModel model = Lookup.referenced(session, DeviceModel.class, in.deviceModelId(), field + "deviceModelId",
                "device model");
        int quantity = whole(field + "quantity", in.quantity(), 1, MAX_QUANTITY);
        BigDecimal unitPrice = Cny.positive(field + "unitPrice", in.unitPrice(), MAX_UNIT_PRICE);
        Integer warranty = in.warrantyMonths() == null ? null : whole(field + "warrantyMonths", in.warrantyMonths(), 0,
                MAX_TERM_MONTHS);
        String description = optional(field + "description", in.description(), 300);
        return new RequestLine.Values(description == null ? model.getDisplayName() : description, model.getId(), quantity,
                unitPrice, warranty, null, null, null, null, Cny.rate(field + "vatRate", in.vatRate()));
    }

    private static RequestLine.Values outsourced(Session session, String field, LineInput in) {
        if (in.deviceModelId() != null || in.quantity() != null || in.unitPrice() != null) {
            throw new InvalidValueException(field + "deviceModelId", Message.of("procurement.request.equipmentFieldsOnCompute"));
        }
        String description = required(field + "description", in.description(), 300);
        GpuModel gpu = Lookup.referenced(session, GpuModel.class, in.gpuModelId(), field + "gpuModelId", "GPU model");
        if (gpu == null) {
            throw new InvalidValueException(field + "gpuModelId", Message.of("procurement.request.gpuModelRequired"));
        }
        int gpus = whole(field + "gpuCount", in.gpuCount(), 1, MAX_GPU_COUNT);
        int term = whole(field + "termMonths", in.termMonths(), 1, MAX_TERM_MONTHS);
        BigDecimal monthly = Cny.positive(field + "monthlyPrice", in.monthlyPrice(), MAX_MONTHLY_PRICE);
        return new RequestLine.Values(description, null, null, null, null, gpu.getId(), gpus, term, monthly,
                Cny.rate(field + "vatRate", in.vatRate()));
    }

    private static int whole(String field, Integer value, int min, int max) {
        if (value == null) {
            throw new InvalidValueException(field, Message.of("common.field.required"));
        }
        if (value < min || value > max) {
            throw new InvalidValueException(field, Message.of("procurement.request.between", min, max, value));
        }
        return value;
    }

    private static PurchaseRequest load(Session session, long id) {
        return Lookup.existing(session, PurchaseRequest.class, id, "purchase request");
    }
}
