package io.dcim.procurement.testing;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.procurement.approval.ApprovalFacade;
import io.dcim.procurement.approval.ApprovalPolicy;
import io.dcim.procurement.approval.ApprovalService;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.gpu.GpuService;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.AssetQueries;
import io.dcim.procurement.asset.AssetService;
import io.dcim.procurement.asset.FixedAsset;
import io.dcim.procurement.asset.NewAsset;
import io.dcim.procurement.asset.VatPolicy;
import io.dcim.procurement.contract.ContractService;
import io.dcim.procurement.order.NewOrder;
import io.dcim.procurement.order.OrderService;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.procurement.receiving.ReceivedUnit;
import io.dcim.procurement.receiving.ReceivingService;
import io.dcim.procurement.request.LineInput;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.PurchaseRequestFacade;
import io.dcim.procurement.request.PurchaseRequestService;
import io.dcim.procurement.request.RequestDraft;
import io.dcim.procurement.supplier.Supplier;
import io.dcim.procurement.supplier.SupplierInput;
import io.dcim.procurement.supplier.SupplierService;
import io.dcim.testing.InventoryFixture;
import io.dcim.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The inventory test site plus the procurement services on a clock the test moves. */
public class ProcurementFixture {

    public static final String REQUESTER = "ops-alice";
    public static final String MANAGER_1 = "mgr-bob";
    public static final String MANAGER_2 = "mgr-carol";
    public static final BigDecimal VAT = new BigDecimal("0.13");

    public final Database db;
    public final InventoryFixture inventory;
    public final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T02:00:00Z"));
    public final SupplierService suppliers;
    public final PurchaseRequestService requests;
    public final ApprovalService approvals;
    public final OrderService orders;
    public final GpuService gpus;
    public final AssetService assets;
    public final AssetQueries assetQueries;
    public final ReceivingService receiving;
    public final ContractService contracts;
    private final AtomicInteger sequence = new AtomicInteger();

    public ProcurementFixture(Database db) {
        this(db, VatPolicy.DEDUCTIBLE);
    }

    public ProcurementFixture(Database db, VatPolicy vatPolicy) {
        this.db = db;
        this.inventory = new InventoryFixture(db);
        this.suppliers = new SupplierService(db);
        this.requests = new PurchaseRequestService(db, clock);
        this.approvals = new ApprovalService(db, clock, ApprovalPolicy.DEFAULT, vatPolicy);
        this.orders = new OrderService(db, clock);
        this.gpus = new GpuService(db);
        this.assets = new AssetService(db, clock, vatPolicy);
        this.assetQueries = new AssetQueries(db);
        this.receiving = new ReceivingService(db, clock, inventory.devices, gpus, assets);
        this.contracts = new ContractService(db, clock);
    }

    /** The requester's use cases, as the doors call them. */
    public PurchaseRequestFacade requestFacade() {
        return new PurchaseRequestFacade(requests, approvals);
    }

    /** The managers' decisions, as the doors call them. */
    public ApprovalFacade approvalFacade() {
        return new ApprovalFacade(approvals);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** An order for the approved request, to a new supplier, dated today. */
    public PurchaseOrder order(PurchaseRequest approved) {
        Supplier supplier = supplier("Supplier " + sequence.incrementAndGet());
        return orders.place(approved.getId(), approved.getVersion(),
                new NewOrder(supplier.getId(), "PO-" + sequence.incrementAndGet(), today()), MANAGER_1);
    }

    /** {@code count} H100 servers for order line {@code line}, each with its 8 GPU serials. */
    public List<ReceivedUnit> h100Units(int line, int count) {
        List<ReceivedUnit> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = sequence.incrementAndGet();
            List<String> cards = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                cards.add("GPU-" + n + "-" + c);
            }
            units.add(new ReceivedUnit(line, "IM-SRV-" + n, "SRV-SN-" + n, cards));
        }
        return units;
    }

    /** A device in stock of the class's usual model, put on the books directly (not through receiving). */
    public FixedAsset asset(AssetClass assetClass, String unitNet, LocalDate inService, Long siteId, String costCentre) {
        DeviceModel model = switch (assetClass) {
            case SERVER -> inventory.model("UniServer R4900");
            case NETWORK -> inventory.leafSwitch();
            case STORAGE -> inventory.model("OceanStor");
            case POWER_COOLING -> inventory.model("AP8886");
        };
        Device device = inventory.inStock(model);
        return assets.register(new NewAsset(device.getId(), device.getAssetTag(), model.getDisplayName(), assetClass,
                new BigDecimal(unitNet), VAT, inService, siteId, costCentre, null, null, null));
    }

    public long siteId() {
        return inventory.site.getId();
    }

    public DeviceModel h100() {
        return inventory.h100Server();
    }

    public Supplier supplier(String name) {
        return suppliers.create(SupplierInput.named(name));
    }

    public LineInput h100Line(int quantity, String unitPrice) {
        return LineInput.equipment(h100().getId(), quantity, new BigDecimal(unitPrice), VAT);
    }

    /** A DRAFT equipment request of {@link #REQUESTER} with the given lines. */
    public PurchaseRequest draft(LineInput... lines) {
        return requests.create(REQUESTER, RequestDraft.equipment("H100 expansion", "Tenants are queueing for H100s", siteId(),
                List.of(lines)));
    }

    /** A request for {@code quantity} H100 servers at {@code unitPrice}, submitted and approved by as many managers as it needs. */
    public PurchaseRequest approved(int quantity, String unitPrice) {
        PurchaseRequest request = submitted(draft(h100Line(quantity, unitPrice)));
        request = approvals.approve(request.getId(), request.getVersion(), MANAGER_1, null);
        if (request.getApprovalsRequired() > 1) {
            request = approvals.approve(request.getId(), request.getVersion(), MANAGER_2, null);
        }
        return request;
    }

    public PurchaseRequest submitted(PurchaseRequest draft) {
        return approvals.submit(draft.getId(), draft.getVersion(), REQUESTER, null);
    }
}
