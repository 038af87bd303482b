package io.dcim.procurement.testing;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.procurement.approval.ApprovalPolicy;
import io.dcim.procurement.approval.ApprovalService;
import io.dcim.procurement.asset.VatPolicy;
import io.dcim.procurement.request.LineInput;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.PurchaseRequestService;
import io.dcim.procurement.request.RequestDraft;
import io.dcim.procurement.supplier.Supplier;
import io.dcim.procurement.supplier.SupplierInput;
import io.dcim.procurement.supplier.SupplierService;
import io.dcim.testing.InventoryFixture;
import io.dcim.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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

    public ProcurementFixture(Database db) {
        this.db = db;
        this.inventory = new InventoryFixture(db);
        this.suppliers = new SupplierService(db);
        this.requests = new PurchaseRequestService(db, clock);
        this.approvals = new ApprovalService(db, clock, ApprovalPolicy.DEFAULT, VatPolicy.DEDUCTIBLE);
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
