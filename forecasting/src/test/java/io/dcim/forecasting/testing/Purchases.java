package io.dcim.forecasting.testing;

import io.dcim.common.persistence.Database;
import io.dcim.procurement.approval.ApprovalPolicy;
import io.dcim.procurement.approval.ApprovalService;
import io.dcim.procurement.asset.VatPolicy;
import io.dcim.procurement.contract.ContractService;
import io.dcim.procurement.contract.NewContract;
import io.dcim.procurement.order.NewOrder;
import io.dcim.procurement.order.OrderService;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.procurement.request.LineInput;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.PurchaseRequestService;
import io.dcim.procurement.request.RequestDraft;
import io.dcim.procurement.supplier.Supplier;
import io.dcim.procurement.supplier.SupplierInput;
import io.dcim.procurement.supplier.SupplierService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Orders and outsourced contracts made through procurement's own services, as people make them. */
public final class Purchases {

    public static final BigDecimal VAT = new BigDecimal("0.13");
    public final SupplierService suppliers;
    public final PurchaseRequestService requests;
    public final ApprovalService approvals;
    public final OrderService orders;
    public final ContractService contracts;
    private int sequence;

    public Purchases(Database db, Clock clock) {
        this.suppliers = new SupplierService(db);
        this.requests = new PurchaseRequestService(db, clock);
        this.approvals = new ApprovalService(db, clock, ApprovalPolicy.DEFAULT, VatPolicy.DEDUCTIBLE);
        this.orders = new OrderService(db, clock);
        this.contracts = new ContractService(db, clock);
    }

    public Supplier supplier(String name, int leadTimeDays) {
        return suppliers.create(new SupplierInput(name, null, leadTimeDays, List.of(), null));
    }

    /** An approved equipment request for the site, ordered from {@code supplier} on {@code orderDate}. */
    public PurchaseOrder order(long siteId, long deviceModelId, int quantity, String unitPrice, Supplier supplier,
                               LocalDate orderDate, LocalDate expectedDelivery) {
        RequestDraft draft = RequestDraft.equipment("Servers", "capacity",
                siteId, List.of(LineInput.equipment(deviceModelId, quantity, new BigDecimal(unitPrice), VAT)))
                .withDelivery(expectedDelivery, null, null);
        PurchaseRequest approved = approved(requests.create("ops-alice", draft));
        return orders.place(approved.getId(), approved.getVersion(),
                new NewOrder(supplier.getId(), "PO-" + (++sequence), orderDate), "mgr-bob");
    }

    /** {@code gpus} outsourced GPUs of {@code gpuModelId} from {@code start} for {@code months}. */
    public void contract(long gpuModelId, int gpus, LocalDate start, int months, Supplier provider) {
        RequestDraft draft = RequestDraft.outsourced("Outsourced GPUs", "peak", List.of(
                LineInput.outsourced("GPU card-hours", gpuModelId, gpus, months, new BigDecimal("100000.00"),
                        new BigDecimal("0.06"))));
        PurchaseRequest approved = approved(requests.create("ops-alice", draft));
        contracts.sign(approved.getId(), approved.getVersion(), new NewContract(provider.getId(), "C-" + (++sequence), start),
                "mgr-bob");
    }

    /** {@code gpus} outsourced GPUs for the site at {@code monthlyPrice} a month net of VAT, from {@code start}. */
    public void contractForSite(long siteId, long gpuModelId, int gpus, LocalDate start, int months, String monthlyPrice,
                                Supplier provider) {
        RequestDraft draft = new RequestDraft("Outsourced GPUs", "peak", io.dcim.procurement.request.RequestKind.OUTSOURCED_COMPUTE,
                siteId, java.util.Set.of(), null, null, null, null, List.of(LineInput.outsourced("GPU card-hours", gpuModelId,
                gpus, months, new BigDecimal(monthlyPrice), new BigDecimal("0.06"))));
        PurchaseRequest approved = approved(requests.create("ops-alice", draft));
        contracts.sign(approved.getId(), approved.getVersion(), new NewContract(provider.getId(), "C-" + (++sequence), start),
                "mgr-bob");
    }

    private PurchaseRequest approved(PurchaseRequest draft) {
        PurchaseRequest request = approvals.submit(draft.getId(), draft.getVersion(), "ops-alice", null);
        request = approvals.approve(request.getId(), request.getVersion(), "mgr-bob", null);
        if (request.getApprovalsRequired() > 1) {
            request = approvals.approve(request.getId(), request.getVersion(), "mgr-carol", null);
        }
        return request;
    }
}
