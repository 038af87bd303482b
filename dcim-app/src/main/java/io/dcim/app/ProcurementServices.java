package io.dcim.app;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.device.DeviceService;
import io.dcim.inventory.gpu.GpuService;
import io.dcim.procurement.approval.ApprovalFacade;
import io.dcim.procurement.approval.ApprovalPolicy;
import io.dcim.procurement.approval.ApprovalService;
import io.dcim.procurement.asset.AssetFacade;
import io.dcim.procurement.asset.AssetQueries;
import io.dcim.procurement.asset.AssetClassFacade;
import io.dcim.procurement.asset.AssetClassService;
import io.dcim.procurement.asset.AssetService;
import io.dcim.procurement.asset.VatPolicy;
import io.dcim.procurement.contract.ContractFacade;
import io.dcim.procurement.contract.ContractService;
import io.dcim.procurement.export.DepreciationExport;
import io.dcim.procurement.order.OrderFacade;
import io.dcim.procurement.order.OrderService;
import io.dcim.procurement.receiving.ReceivingFacade;
import io.dcim.procurement.receiving.ReceivingService;
import io.dcim.procurement.request.PurchaseRequestFacade;
import io.dcim.procurement.request.PurchaseRequestService;
import io.dcim.procurement.supplier.SupplierFacade;
import io.dcim.procurement.supplier.SupplierService;
import java.time.Clock;

/**
 * The procurement module's services, built once with the approval and VAT rules in force, and the supplier use
 * cases, which run each change in a transaction of the database they are built with.
 */
public record ProcurementServices(SupplierService suppliers, PurchaseRequestService requests, ApprovalService approvals,
        OrderService orders, ReceivingService receiving, AssetService assets, AssetQueries assetQueries,
        ContractService contracts, AssetClassService assetClasses, SupplierFacade supplierFacade) {

    static ProcurementServices build(Database db, Clock clock, DeviceService devices, GpuService gpus,
            ApprovalPolicy approvalPolicy, VatPolicy vatPolicy) {
        AssetService assets = new AssetService(db, clock, vatPolicy);
        SupplierService suppliers = new SupplierService(db);
        return new ProcurementServices(suppliers, new PurchaseRequestService(db, clock),
                new ApprovalService(db, clock, approvalPolicy, vatPolicy), new OrderService(db, clock),
                new ReceivingService(db, clock, devices, gpus, assets), assets, new AssetQueries(db),
                new ContractService(db, clock), new AssetClassService(db), new SupplierFacade(db, suppliers));
    }

    // The use cases both doors call (permission, one transaction, the caller's name). They hold
    // nothing but the services above, so they are made when asked for.

    public PurchaseRequestFacade requestFacade() {
        return new PurchaseRequestFacade(requests, approvals);
    }

    public ApprovalFacade approvalFacade() {
        return new ApprovalFacade(approvals);
    }

    public OrderFacade orderFacade() {
        return new OrderFacade(orders);
    }

    public ReceivingFacade receivingFacade() {
        return new ReceivingFacade(receiving);
    }

    public AssetFacade assetFacade() {
        return new AssetFacade(assets);
    }

    public AssetClassFacade assetClassFacade() {
        return new AssetClassFacade(assetClasses);
    }

    public ContractFacade contractFacade() {
        return new ContractFacade(contracts);
    }

    /** The depreciation schedule workbook: the API, the console's download and the export jobs write it through this. */
    public DepreciationExport depreciationExport() {
        return new DepreciationExport(assetQueries);
    }
}
