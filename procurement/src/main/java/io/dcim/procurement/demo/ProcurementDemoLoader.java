package io.dcim.procurement.demo;

import io.dcim.common.audit.Actor;
import io.dcim.common.persistence.Database;
import io.dcim.common.time.ManualClock;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.catalog.GpuModel;
import io.dcim.inventory.demo.DemoScale;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.inventory.device.DeviceDirectory;
import io.dcim.inventory.device.DeviceService;
import io.dcim.inventory.gpu.GpuService;
import io.dcim.inventory.site.SiteDirectory;
import io.dcim.procurement.approval.ApprovalPolicy;
import io.dcim.procurement.approval.ApprovalService;
import io.dcim.procurement.asset.AssetService;
import io.dcim.procurement.asset.VatPolicy;
import io.dcim.procurement.contract.ContractService;
import io.dcim.procurement.contract.NewContract;
import io.dcim.procurement.order.InvoiceInput;
import io.dcim.procurement.order.NewOrder;
import io.dcim.procurement.order.OrderService;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.procurement.receiving.ReceiptResult;
import io.dcim.procurement.receiving.ReceivingService;
import io.dcim.procurement.request.Cny;
import io.dcim.procurement.request.LineInput;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.PurchaseRequestService;
import io.dcim.procurement.request.RequestDraft;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.supplier.Supplier;
import io.dcim.procurement.supplier.SupplierInput;
import io.dcim.procurement.supplier.SupplierService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the demo site's purchases from the published record ({@link PurchaseRecord}): the
 * suppliers as published, one request per supplier of each line (made by "demo-ops", approved
 * by "demo-manager-1" and, above the policy's limit, "demo-manager-2"), its order on the
 * published date, deliveries 30 to 60 days later, invoices, and the outsourced GPU compute
 * contract of 2024-06-07. Deliveries are the demo site's existing servers and storage
 * ({@link DemoSiteLoader} racked them), put on the books as fixed assets in service on their
 * delivery day; no device is created. When the site holds fewer units of a model than the
 * record bought (the small demo), the rest of those orders is left awaiting delivery.
 *
 * <p>All of it is one transaction, timestamped by a clock the loader moves through 2023–2024,
 * so an interrupted seed leaves nothing and a restart does not seed twice.
 */
public final class ProcurementDemoLoader {

    public static final String REQUESTER = "demo-ops";
    public static final String MANAGER = "demo-manager-";
    static final String RECEIVER = "demo-dock";
    private static final Logger log = LoggerFactory.getLogger(ProcurementDemoLoader.class);
    private static final ZoneId SITE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal EQUIPMENT_VAT = new BigDecimal("0.13");
    private static final BigDecimal SERVICES_VAT = new BigDecimal("0.06");
    private static final String AI_CLOUD = "AI-CLOUD";
    private static final String INFRASTRUCTURE = "INFRA";
    /** Requests of the record ordered before this are closed once received; later ones are left RECEIVED. */
    private static final LocalDate CLOSED_BEFORE = LocalDate.of(2024, 7, 1);

    private final Database db;
    private final DemoClock clock = new DemoClock();
    private final SupplierService suppliers;
    private final PurchaseRequestService requests;
    private final ApprovalService approvals;
    private final OrderService orders;
    private final ReceivingService receiving;
    private final ContractService contracts;

    public ProcurementDemoLoader(Database db) {
        this(db, ApprovalPolicy.DEFAULT, VatPolicy.DEDUCTIBLE);
    }

    public ProcurementDemoLoader(Database db, ApprovalPolicy approvalPolicy, VatPolicy vatPolicy) {
        this.db = db;
        this.suppliers = new SupplierService(db);
        this.requests = new PurchaseRequestService(db, clock);
        this.approvals = new ApprovalService(db, clock, approvalPolicy, vatPolicy);
        this.orders = new OrderService(db, clock);
        this.receiving = new ReceivingService(db, clock, new DeviceService(db, clock), new GpuService(db),
                new AssetService(db, clock, vatPolicy));
        this.contracts = new ContractService(db, clock);
    }

    /**
     * Seeds when the demo site exists and no supplier or request does yet; returns whether it did.
     * Call it after {@link DemoSiteLoader#seedIfEmpty}.
     */
    public boolean seedIfEmpty(DemoScale scale) {
        if (scale == DemoScale.OFF) {
            return false;
        }
        return Actor.as(Actor.DEMO_LOADER, () -> db.inTransaction(session -> {
            Long existing = session.createQuery("select count(s) from Supplier s", Long.class).getSingleResult()
                    + session.createQuery("select count(r) from PurchaseRequest r", Long.class).getSingleResult();
            if (existing > 0) {
                log.info("Procurement demo data not seeded: the database already holds suppliers or requests");
                return false;
            }
            SiteDirectory.SiteFacts site = SiteDirectory.named(session, DemoSiteLoader.SITE_NAME).orElse(null);
            if (site == null) {
                log.info("Procurement demo data not seeded: there is no demo site '{}'", DemoSiteLoader.SITE_NAME);
                return false;
            }
            long started = System.nanoTime();
            Seeding seeding = new Seeding(session, site);
            seeding.run();
            log.info("Seeded the procurement demo: {} suppliers, {} requests, {} orders, {} assets in {} ms",
                    seeding.suppliers.size(), seeding.requestCount, seeding.orderCount, seeding.assetCount,
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        }));
    }

    /** One seeding run inside the loader's transaction. */
    private final class Seeding {

        private final Session session;
        private final SiteDirectory.SiteFacts site;
        private final Map<String, Supplier> suppliers = new LinkedHashMap<>();
        private final Map<String, Deque<Long>> unreceivedDevices = new HashMap<>();
        private final Map<String, DeviceModel> models = new HashMap<>();
        private int requestCount;
        private int orderCount;
        private int assetCount;
        private int orderNumber;

        Seeding(Session session, SiteDirectory.SiteFacts site) {
            this.session = session;
            this.site = site;
        }

        void run() {
            List<PurchaseLot> lots = PurchaseRecord.equipment();
            for (int i = 0; i < lots.size(); i++) {
                equipment(lots.get(i), i);
            }
            outsourcedCompute();
            pendingRequest();
        }

        private void equipment(PurchaseLot lot, int lotIndex) {
            DeviceModel model = model(lot.model());
            // Published amounts include VAT: the unit price net of it, to the fen.
            BigDecimal unitNet = lot.grossAmount().divide(BigDecimal.valueOf(lot.quantity()), 10, RoundingMode.HALF_UP)
                    .divide(BigDecimal.ONE.add(EQUIPMENT_VAT), Cny.SCALE, RoundingMode.HALF_UP);
            List<Integer> shares = split(lot.quantity(), lot.suppliers().size());
            for (int s = 0; s < lot.suppliers().size(); s++) {
                Supplier supplier = supplier(lot.suppliers().get(s));
                int quantity = shares.get(s);
                String title = lot.item() + " from " + supplier.getName() + " (" + lot.date() + ")";
                LineInput line = LineInput.equipment(model.getId(), quantity, unitNet, EQUIPMENT_VAT)
                        .withWarrantyMonths(model.getKind().isServer() ? 36 : 60);
                RequestDraft draft = RequestDraft.equipment(title, justification(lot), site.id(), List.of(line))
                        .withDelivery(lot.date().plusDays(supplier.getLeadTimeDays()),
                                model.getKind().isServer() && model.getGpuSlots() > 0 ? AI_CLOUD : INFRASTRUCTURE,
                                supplier.getId());
                PurchaseRequest approved = approve(draft, lot.date());
                PurchaseOrder order = order(approved, supplier, lot.date());
                deliver(order, model, lot.date(), lotIndex);
            }
        }

        private PurchaseRequest approve(RequestDraft draft, LocalDate decided) {
            clock.at(decided.minusDays(21));
            PurchaseRequest request = requests.create(REQUESTER, draft);
            requestCount++;
            clock.at(decided.minusDays(20));
            request = approvals.submit(request.getId(), request.getVersion(), REQUESTER, null);
            for (int manager = 1; request.getStatus() == RequestStatus.SUBMITTED; manager++) {
                clock.at(decided.minusDays(15 - manager));
                request = approvals.approve(request.getId(), request.getVersion(), MANAGER + manager, "Within the capacity plan");
            }
            return request;
        }

        private PurchaseOrder order(PurchaseRequest approved, Supplier supplier, LocalDate date) {
            clock.at(date);
            orderCount++;
            return orders.place(approved.getId(), approved.getVersion(), new NewOrder(supplier.getId(),
                    String.format("PO-%d-%04d", date.getYear(), ++orderNumber), date), MANAGER + 1);
        }

        /**
         * Up to two deliveries of the site's own units of the model, 30–44 and 44–58 days after
         * the order; the invoice follows a full delivery, and the request is closed.
         */
        private void deliver(PurchaseOrder order, DeviceModel model, LocalDate ordered, int lotIndex) {
            Deque<Long> available = unreceived(model);
            int quantity = order.getLines().get(0).getQuantity();
            List<Long> units = new ArrayList<>();
            while (units.size() < quantity && !available.isEmpty()) {
                units.add(available.poll());
            }
            if (units.isEmpty()) {
                return;
            }
            int firstBatch = units.size() > 10 ? (units.size() + 1) / 2 : units.size();
            LocalDate first = ordered.plusDays(30 + lotIndex * 7 % 15);
            ReceiptResult last = receive(order, first, units.subList(0, firstBatch));
            if (firstBatch < units.size()) {
                last = receive(order, first.plusDays(14), units.subList(firstBatch, units.size()));
            }
            if (last.requestStatus() != RequestStatus.RECEIVED) {
                return;
            }
            LocalDate invoiced = clock.today().plusDays(5);
            clock.at(invoiced);
            PurchaseOrder received = orders.find(order.getId());
            orders.recordInvoice(order.getId(), received.getVersion(), new InvoiceInput("INV-" + order.getOrderNumber(),
                    invoiced, received.getGrossTotal()), MANAGER + 1);
            if (ordered.isBefore(CLOSED_BEFORE)) {
                clock.at(invoiced.plusDays(10));
                PurchaseRequest request = requests.find(order.getRequest().getId());
                approvals.close(request.getId(), request.getVersion(), MANAGER + 1, "Received and invoiced in full");
            }
        }

        private ReceiptResult receive(PurchaseOrder order, LocalDate on, List<Long> deviceIds) {
            clock.at(on);
            ReceiptResult result = receiving.receiveExisting(order.getId(), on, "Delivery note " + order.getOrderNumber(),
                    Map.of(1, List.copyOf(deviceIds)), RECEIVER);
            assetCount += result.assetIds().size();
            // Keep the session small: every query flushes, and a flush looks at every entity it holds.
            session.flush();
            session.clear();
            return result;
        }

        private void outsourcedCompute() {
            LocalDate date = PurchaseRecord.COMPUTE_DATE;
            GpuModel gpu = new CatalogService(db).gpuModels().stream()
                    .filter(g -> g.getName().equals(PurchaseRecord.COMPUTE_GPU_MODEL)).findFirst().orElseThrow();
            BigDecimal monthly = PurchaseRecord.COMPUTE_GROSS.divide(BigDecimal.ONE.add(SERVICES_VAT), 10, RoundingMode.HALF_UP)
                    .divide(BigDecimal.valueOf(PurchaseRecord.COMPUTE_TERM_MONTHS), Cny.SCALE, RoundingMode.HALF_UP);
            Supplier provider = supplier(PurchaseRecord.COMPUTE_PROVIDER);
            RequestDraft draft = new RequestDraft("GPU compute resources from " + provider.getName() + " (" + date + ")",
                    "Published purchase of " + date + ": GPU compute resources (outsourced) for at most 11,000 (10k CNY),"
                            + " taken as 11,000 including 6% VAT; term, GPU model and count are not published: assumed "
                            + PurchaseRecord.COMPUTE_TERM_MONTHS + " months of " + PurchaseRecord.COMPUTE_GPUS + " A800 cards",
                    io.dcim.procurement.request.RequestKind.OUTSOURCED_COMPUTE, site.id(), Set.of(), AI_CLOUD,
                    provider.getId(), date, null, List.of(LineInput.outsourced("A800 GPU card capacity, Hainan",
                    gpu.getId(), PurchaseRecord.COMPUTE_GPUS, PurchaseRecord.COMPUTE_TERM_MONTHS, monthly, SERVICES_VAT)));
            PurchaseRequest approved = approve(draft, date);
            clock.at(date);
            contracts.sign(approved.getId(), approved.getVersion(), new NewContract(provider.getId(), "HLY-2024-0607", date),
                    MANAGER + 1);
            PurchaseRequest signed = requests.find(approved.getId());
            approvals.close(signed.getId(), signed.getVersion(), MANAGER + 1, "Contract signed; capacity from " + date);
        }

        /** Not in the record: one request waiting for its second approval, so the approval queue has something in it. */
        private void pendingRequest() {
            DeviceModel h100 = model(PurchaseRecord.H100_SERVER);
            LocalDate today = LocalDate.of(2024, 11, 4);
            RequestDraft draft = RequestDraft.equipment("Hall 2 H100 expansion (illustrative, not in the published record)",
                    "Tenants are queueing for H100 capacity; utilization of the H100 cabinets is above 80%.", site.id(),
                    List.of(LineInput.equipment(h100.getId(), 16, new BigDecimal("2035398.23"), EQUIPMENT_VAT)
                            .withWarrantyMonths(36)))
                    .withDelivery(today.plusDays(60), AI_CLOUD, null);
            clock.at(today);
            PurchaseRequest request = requests.create(REQUESTER, draft);
            requestCount++;
            request = approvals.submit(request.getId(), request.getVersion(), REQUESTER, "Quotes from two suppliers attached");
            clock.at(today.plusDays(1));
            approvals.approve(request.getId(), request.getVersion(), MANAGER + 1, "Fits the 2025 budget");
        }

        private String justification(PurchaseLot lot) {
            return "Published purchase of " + lot.date() + ": " + lot.item() + " — " + lot.note() + ". Unit price net of"
                    + " 13% VAT derived from the published amount.";
        }

        private Supplier supplier(String name) {
            return suppliers.computeIfAbsent(name, n -> ProcurementDemoLoader.this.suppliers.create(
                    new SupplierInput(n, null, 30, List.of(), "As published in the purchase record (DOMAIN.md)")));
        }

        private DeviceModel model(String name) {
            if (models.isEmpty()) {
                new CatalogService(db).deviceModels().forEach(m -> models.put(m.getModel(), m));
            }
            DeviceModel model = models.get(name);
            if (model == null) {
                throw new IllegalStateException("the catalog has no model " + name);
            }
            return model;
        }

        /** The site's devices of the model, in tag order, not yet delivered against an order. */
        private Deque<Long> unreceived(DeviceModel model) {
            return unreceivedDevices.computeIfAbsent(model.getModel(), n -> new ArrayDeque<>(
                    DeviceDirectory.idsInSiteOfModel(session, site.id(), model.getId())));
        }
    }

    private static List<Integer> split(int quantity, int parts) {
        List<Integer> shares = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            shares.add(quantity / parts + (i < quantity % parts ? 1 : 0));
        }
        return shares;
    }

    /** The loader's clock: 10:00 at the site on the day being seeded. */
    private static final class DemoClock extends ManualClock {

        DemoClock() {
            super(Instant.EPOCH);
        }

        void at(LocalDate day) {
            set(day.atTime(LocalTime.of(10, 0)).atZone(SITE_ZONE).toInstant());
        }

        LocalDate today() {
            return LocalDate.now(this);
        }

        @Override
        public ZoneId getZone() {
            return SITE_ZONE;
        }
    }
}
