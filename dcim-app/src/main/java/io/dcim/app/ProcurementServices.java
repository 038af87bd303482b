package io.dcim.app;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.device.DeviceService;
import io.dcim.inventory.gpu.GpuService;
import io.dcim.procurement.approval.ApprovalPolicy;
import io.dcim.procurement.approval.ApprovalService;
import io.dcim.procurement.asset.AssetQueries;
import io.dcim.procurement.asset.AssetService;
import io.dcim.procurement.asset.VatPolicy;
import io.dcim.procurement.contract.ContractService;
import io.dcim.procurement.order.OrderService;
import io.dcim.procurement.receiving.ReceivingService;
import io.dcim.procurement.request.PurchaseRequestService;
import io.dcim.procurement.supplier.SupplierService;
import java.time.Clock;

/** The procurement module's services, built once with the approval and VAT rules in force. */
public record ProcurementServices(SupplierService suppliers, PurchaseRequestService requests, ApprovalService approvals,
        OrderService orders, ReceivingService receiving, AssetService assets, AssetQueries assetQueries,
        ContractService contracts) {

    static ProcurementServices build(Database db, Clock clock, DeviceService devices, GpuService gpus,
            ApprovalPolicy approvalPolicy, VatPolicy vatPolicy) {
        AssetService assets = new AssetService(db, clock, vatPolicy);
        return new ProcurementServices(new SupplierService(db), new PurchaseRequestService(db, clock),
                new ApprovalService(db, clock, approvalPolicy, vatPolicy), new OrderService(db, clock),
                new ReceivingService(db, clock, devices, gpus, assets), assets, new AssetQueries(db),
                new ContractService(db, clock));
    }

    /** Order use cases (permission, caller's name): what pages and the API call. */
    public io.dcim.procurement.order.OrderFacade orderFacade() {
        return new io.dcim.procurement.order.OrderFacade(orders);
    }

    /** Receiving use cases. */
    public io.dcim.procurement.receiving.ReceivingFacade receivingFacade() {
        return new io.dcim.procurement.receiving.ReceivingFacade(receiving);
    }
}
