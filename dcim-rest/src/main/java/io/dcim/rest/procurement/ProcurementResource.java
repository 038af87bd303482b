package io.dcim.rest.procurement;

import io.dcim.app.ProcurementServices;
import io.dcim.app.Services;
import io.dcim.app.export.ExportReport;
import io.dcim.app.transfer.Uploads;
import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.text.Fields;
import io.dcim.common.text.MultiLine;
import io.dcim.inventory.device.Face;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.AssetFilter;
import io.dcim.procurement.asset.AssetGrouping;
import io.dcim.procurement.asset.AssetSummary;
import io.dcim.procurement.asset.MonthlyTotal;
import io.dcim.procurement.depreciation.Period;
import io.dcim.procurement.export.DepreciationExport;
import io.dcim.procurement.order.InvoiceCheck;
import io.dcim.procurement.order.InvoiceInput;
import io.dcim.procurement.order.NewOrder;
import io.dcim.procurement.order.OrderService;
import io.dcim.procurement.order.OrderFilter;
import io.dcim.procurement.order.OrderStatus;
import io.dcim.procurement.order.OrderSummary;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.procurement.receiving.DeliveryRefusedException;
import io.dcim.procurement.receiving.Receipt;
import io.dcim.procurement.receiving.ReceiptResult;
import io.dcim.procurement.receiving.ReceivedUnit;
import io.dcim.procurement.request.LineInput;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestDraft;
import io.dcim.procurement.request.RequestFilter;
import io.dcim.procurement.request.RequestKind;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.request.RequestSummary;
import io.dcim.procurement.request.TimelineEntry;
import io.dcim.rest.ApiException;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Download;
import io.dcim.rest.ErrorBody;
import io.dcim.rest.ListPage;
import io.dcim.rest.Paging;
import io.dcim.rest.RawBody;
import io.dcim.rest.Requires;
import io.dcim.rest.WorkbookResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Purchase requests and their decisions, orders with their deliveries and invoice, fixed
 * assets, their depreciation and its summary, and the workbooks for finance (depreciation
 * schedule, fixed-asset register, purchase register) as XLSX.
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "procurement", description = "purchase requests, orders, receipts, invoices, assets and depreciation")
public class ProcurementResource extends ApiResource {

    private final ProcurementServices procurement;

    @Inject
    public ProcurementResource(Services services) {
        super(services);
        this.procurement = services.procurement();
    }

    @GET
    @Path("purchase-requests")
    @Operation(summary = "Purchase requests, filtered and paged")
    public ListPage<RequestSummary> requests(@QueryParam("status") RequestStatus status, @QueryParam("kind") RequestKind kind,
            @QueryParam("requester") String requester, @QueryParam("site") Long site, @QueryParam("q") String q,
            @Parameter(description = "me: those waiting for your decision") @QueryParam("awaiting") String awaiting,
            @BeanParam Paging paging) {
        String approver = "me".equalsIgnoreCase(awaiting) ? caller().username() : null;
        RequestFilter filter = new RequestFilter(status == null ? null : Set.of(status), kind, requester, site, q, approver);
        return ListPage.of(procurement.requests().page(filter, paging.request("created")));
    }

    /** {@code POST /purchase-requests}. */
    public record NewRequestBody(String title, @MultiLine String justification, RequestKind kind, Long siteId,
            List<Long> cabinetIds, String costCentre, Long preferredSupplierId, LocalDate expectedDelivery, String currency,
            @NotNull @Valid List<LineBody> lines) {
    }

    /** One line of a request: equipment (a device model) or outsourced compute (GPUs for a term). */
    public record LineBody(String description, Long deviceModelId, Integer quantity, BigDecimal unitPrice,
            Integer warrantyMonths, Long gpuModelId, Integer gpuCount, Integer termMonths, BigDecimal monthlyPrice,
            BigDecimal vatRate) {
    }

    /** Whoever may request purchases drafts one (it is theirs); it starts as a draft to submit. */
    @POST
    @Requires(Permission.PURCHASE_REQUEST)
    @Path("purchase-requests")
    @Operation(summary = "Draft a purchase request")
    @ApiResponse(responseCode = "201", description = "drafted", useReturnTypeSchema = true)
    public RequestView createRequest(@Valid @NotNull NewRequestBody body) {
        RequestDraft draft = new RequestDraft(body.title(), body.justification(),
                body.kind() == null ? RequestKind.EQUIPMENT : body.kind(), body.siteId(),
                body.cabinetIds() == null ? Set.of() : new LinkedHashSet<>(elements("cabinetIds", body.cabinetIds())),
                body.costCentre(), body.preferredSupplierId(), body.expectedDelivery(), body.currency(),
                lines(body.lines()));
        PurchaseRequest created = procurement.requestFacade().create(caller(), draft);
        return RequestView.of(created, procurement.requests().timeline(created.getId()));
    }

    @GET
    @Path("purchase-requests/{id}")
    @Operation(summary = "One purchase request with its totals and timeline")
    public RequestView request(@PathParam("id") Long id) {
        return RequestView.of(procurement.requests().find(id), procurement.requests().timeline(id));
    }

    /** {@code submit}, {@code approve}, {@code reject}, {@code return}. */
    public record Decision(@NotNull Integer version, @MultiLine String comment) {
    }

    @POST
    @Requires(Permission.PURCHASE_REQUEST)
    @Path("purchase-requests/{id}/submit")
    @Operation(summary = "Submit a request for approval")
    public RequestView submit(@PathParam("id") Long id, @Valid @NotNull Decision decision) {
        return decided(id, decision, procurement.requestFacade()::submit);
    }

    @POST
    @Requires(Permission.PURCHASE_APPROVE)
    @Path("purchase-requests/{id}/approve")
    @Operation(summary = "Approve a submitted request")
    public RequestView approve(@PathParam("id") Long id, @Valid @NotNull Decision decision) {
        return decided(id, decision, procurement.approvalFacade()::approve);
    }

    @POST
    @Requires(Permission.PURCHASE_APPROVE)
    @Path("purchase-requests/{id}/reject")
    @Operation(summary = "Reject a submitted request")
    public RequestView reject(@PathParam("id") Long id, @Valid @NotNull Decision decision) {
        return decided(id, decision, procurement.approvalFacade()::reject);
    }

    @POST
    @Requires(Permission.PURCHASE_APPROVE)
    @Path("purchase-requests/{id}/return")
    @Operation(summary = "Return a submitted request to its requester")
    public RequestView returnToRequester(@PathParam("id") Long id, @Valid @NotNull Decision decision) {
        return decided(id, decision, procurement.approvalFacade()::returnToRequester);
    }

    /** A step of a request's approval, each taking the same caller, version read and comment. */
    @FunctionalInterface
    private interface DecisionStep {
        PurchaseRequest take(Caller caller, long id, int expectedVersion, String comment);
    }

    /** Takes the step and answers the request as it is after it, with its timeline. */
    private RequestView decided(long id, Decision decision, DecisionStep step) {
        PurchaseRequest after = step.take(caller(), id, decision.version(), decision.comment());
        return RequestView.of(after, procurement.requests().timeline(id));
    }

    /** {@code POST /purchase-requests/{id}/order}. */
    public record OrderBody(@NotNull Integer version, Long supplierId, String orderNumber, LocalDate orderDate) {
    }

    /** Managers and ops turn an approved equipment request into a purchase order. */
    @POST
    @Requires(Permission.PURCHASE_ORDER)
    @Path("purchase-requests/{id}/order")
    @Operation(summary = "Place the order for an approved equipment request")
    @ApiResponse(responseCode = "201", description = "ordered", useReturnTypeSchema = true)
    public OrderView placeOrder(@PathParam("id") Long id, @Valid @NotNull OrderBody body) {
        PurchaseOrder order = procurement.orderFacade().place(caller(), id, body.version(),
                new NewOrder(body.supplierId(), body.orderNumber(), body.orderDate()));
        return orderView(order.getId());
    }

    @GET
    @Path("purchase-orders")
    @Operation(summary = "Purchase orders, filtered and paged")
    public ListPage<OrderSummary> orders(@QueryParam("status") OrderStatus status, @QueryParam("supplier") Long supplier,
            @Parameter(description = "ordered on or after this day") @QueryParam("from") LocalDate from,
            @Parameter(description = "ordered on or before this day") @QueryParam("to") LocalDate to,
            @BeanParam Paging paging) {
        return ListPage.of(procurement.orders().page(new OrderFilter(status, supplier, from, to), paging.request("orderDate")));
    }

    @GET
    @Path("purchase-orders/{id}")
    @Operation(summary = "One purchase order with its lines, receipts and invoice check")
    public OrderView order(@PathParam("id") Long id) {
        return orderView(id);
    }

    private OrderView orderView(long id) {
        PurchaseOrder order = procurement.orders().find(id);
        List<ReceiptView> receipts = procurement.receiving().receipts(id).stream().map(g -> new ReceiptView(g.getId(),
                g.getReceivedOn(), g.getReceivedBy(), g.getNote(), procurement.receiving().units(g.getId()).size())).toList();
        return OrderView.of(order, receipts, OrderService.check(order));
    }

    /** {@code POST /purchase-orders/{id}/receipts} as JSON. */
    public record ReceiptBody(LocalDate receivedOn, @MultiLine String note, List<UnitBody> units) {
    }

    public record UnitBody(Integer orderLine, String assetTag, String serial, List<String> gpuSerials, String room,
            String cabinet, Integer positionU, Face face) {
    }

    /**
     * Ops record a delivery: a JSON body {@code {receivedOn, note, units: [{orderLine, assetTag, serial,
     * gpuSerials, cabinet, positionU}]}}, or the packing list itself (CSV or XLSX) as the body with
     * {@code ?receivedOn=&note=}. A refused delivery answers 422 listing every refused unit; nothing is written.
     */
    @POST
    @Requires(Permission.PURCHASE_RECEIVE)
    @Path("purchase-orders/{id}/receipts")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv", RawBody.XLSX, "application/vnd.ms-excel",
            MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Record a delivery: units as JSON, or the packing list (CSV, XLSX) as the body",
            requestBody = @RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceiptBody.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = RawBody.XLSX, schema = @Schema(type = "string", format = "binary"))}))
    @ApiResponse(responseCode = "201", description = "received",
            content = @Content(schema = @Schema(implementation = ReceiptResult.class)))
    @ApiResponse(responseCode = "422", description = "every refused unit; nothing was kept",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response receive(@PathParam("id") Long id,
            @Parameter(description = "with a packing list: the day it arrived") @QueryParam("receivedOn") LocalDate receivedOn,
            @Parameter(description = "with a packing list: a note") @QueryParam("note") String note,
            @Parameter(hidden = true) InputStream content) {
        byte[] body = RawBody.read(content, Uploads.MAX_BYTES);
        try {
            ReceiptResult result = RawBody.isJson(body)
                    ? procurement.receivingFacade().receive(caller(), id, receipt(RawBody.json(body, ReceiptBody.class)))
                    : procurement.receivingFacade().receivePackingList(caller(), id, receivedOn, note, body);
            return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(result).build();
        } catch (DeliveryRefusedException e) {
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorBody(Fields.excerptQuoted(e.getMessage()), e.field(), e.problems())).build();
        } catch (ConflictException e) {
            // A unit that clashes (over the order, a serial already known) is a refused unit: 422 as
            // every other refused unit; what stays 409 is the order itself (fully received, changed meanwhile).
            if (e.field() != null && (e.field().equals("units") || e.field().startsWith("units["))) {
                throw new InvalidValueException(e.field(), e.why());
            }
            throw e;
        }
    }

    /** {@code POST /purchase-orders/{id}/invoice}. */
    public record InvoiceBody(@NotNull Integer version, String number, LocalDate date, BigDecimal amount) {
    }

    @POST
    @Requires(Permission.PURCHASE_INVOICE)
    @Path("purchase-orders/{id}/invoice")
    @Operation(summary = "Record the supplier's invoice and check it against order and receipts")
    public InvoiceCheck recordInvoice(@PathParam("id") Long id, @Valid @NotNull InvoiceBody body) {
        return procurement.orderFacade().recordInvoice(caller(), id, body.version(), new InvoiceInput(body.number(),
                body.date(), body.amount()));
    }

    @GET
    @Requires(Permission.EXPORT_DEPRECIATION)
    @Path("purchase-orders/register.xlsx")
    @Produces(RawBody.XLSX)
    @Operation(summary = "The purchase register as XLSX")
    @WorkbookResponse
    public Response purchaseRegister(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return download(new ExportReport.PurchaseRegister(from, to));
    }

    @GET
    @Path("assets")
    @Operation(summary = "Fixed assets, filtered and paged")
    public ListPage<AssetSummary> assets(@QueryParam("site") Long site, @QueryParam("class") AssetClass assetClass,
            @QueryParam("costCentre") String costCentre, @QueryParam("q") String q, @BeanParam Paging paging) {
        return ListPage.of(procurement.assets().page(new AssetFilter(site, assetClass, costCentre, q),
                paging.request("assetTag")));
    }

    @GET
    @Path("assets/{id}/depreciation")
    @Operation(summary = "An asset's depreciation month by month: depreciation, accumulated, net book value")
    public List<Period> assetDepreciation(@PathParam("id") Long id) {
        return procurement.assets().schedule(id).periods();
    }

    @GET
    @Requires(Permission.EXPORT_DEPRECIATION)
    @Path("assets/register.xlsx")
    @Produces(RawBody.XLSX)
    @Operation(summary = "The fixed-asset register on a date as XLSX")
    @WorkbookResponse
    public Response assetRegister(@Parameter(description = "default: today") @QueryParam("date") LocalDate date,
            @QueryParam("site") Long site, @QueryParam("class") AssetClass assetClass) {
        return download(new ExportReport.AssetRegister(date == null ? LocalDate.now() : date, site, assetClass));
    }

    /** Analysts and managers export the schedule; any month range, filtered by site and asset class. */
    @GET
    @Requires(Permission.EXPORT_DEPRECIATION)
    @Path("depreciation/schedule.xlsx")
    @Produces(RawBody.XLSX)
    @Operation(summary = "The depreciation schedule for a range of months as XLSX")
    @WorkbookResponse
    public Response schedule(@Parameter(required = true) @QueryParam("from") YearMonth from,
            @Parameter(required = true) @QueryParam("to") YearMonth to, @QueryParam("site") Long site,
            @QueryParam("class") AssetClass assetClass, @QueryParam("costCentre") String costCentre) {
        checkRange(from, to);
        DepreciationExport.Prepared workbook = procurement.depreciationExport().prepare(caller(),
                new DepreciationExport.Request(from, to, site, assetClass, costCentre));
        return Download.xlsx(out -> workbook.write(out, written -> { }), workbook.fileName());
    }

    /** Depreciation per month from {@code from} to {@code to}, one total a month or split by class or site. */
    @GET
    @Path("depreciation/summary")
    @Operation(summary = "Depreciation per month, in total or split by asset class or site")
    public SummaryView summary(@Parameter(required = true) @QueryParam("from") YearMonth from,
            @Parameter(required = true) @QueryParam("to") YearMonth to,
            @Parameter(description = "month (default), class or site") @QueryParam("groupBy") String groupBy,
            @QueryParam("site") Long site, @QueryParam("class") AssetClass assetClass,
            @QueryParam("costCentre") String costCentre) {
        checkRange(from, to);
        String grouping = groupBy == null ? "month" : groupBy.toLowerCase(Locale.ROOT);
        AssetGrouping by = switch (grouping) {
            case "month" -> AssetGrouping.NONE;
            case "class" -> AssetGrouping.ASSET_CLASS;
            case "site" -> AssetGrouping.SITE;
            default -> throw ApiException.badRequest("groupBy", Message.of("rest.value.notOneOf", Fields.excerpt(grouping),
                    "month, class, site"));
        };
        List<MonthlyTotal> rows = procurement.assetQueries().monthly(from, to, by,
                new AssetFilter(site, assetClass, costCentre, null));
        BigDecimal total = rows.stream().map(MonthlyTotal::depreciation).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SummaryView(from, to, grouping, rows, total);
    }

    public record SummaryView(YearMonth from, YearMonth to, String groupBy, List<MonthlyTotal> rows,
            BigDecimal totalDepreciation) {
    }

    private static void checkRange(YearMonth from, YearMonth to) {
        if (from == null) {
            throw ApiException.badRequest("from", Message.of("rest.required.month"));
        }
        if (to == null) {
            throw ApiException.badRequest("to", Message.of("rest.required.month"));
        }
        if (to.isBefore(from)) {
            throw ApiException.badRequest("to", Message.of("rest.period.toBeforeFrom", from.toString()));
        }
    }

    private Response download(ExportReport report) {
        Caller caller = caller();
        return Download.xlsx(out -> report.write(procurement, caller, out, n -> { }), report.fileName());
    }

    private static Receipt receipt(ReceiptBody body) {
        if (body.units() == null) {
            throw ApiException.badRequest("units", Message.of("rest.required"));
        }
        List<UnitBody> units = elements("units", body.units());
        List<ReceivedUnit> list = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            UnitBody u = units.get(i);
            String at = "units[" + i + "].";
            if (u.orderLine() == null) {
                throw ApiException.badRequest(at + "orderLine", Message.of("rest.required"));
            }
            List<String> cards = u.gpuSerials() == null ? List.of() : elements(at + "gpuSerials", u.gpuSerials());
            list.add(new ReceivedUnit(u.orderLine(), u.assetTag(), u.serial(), cards, u.room(), u.cabinet(), u.positionU(),
                    u.face()));
        }
        return new Receipt(body.receivedOn(), body.note(), list);
    }

    private static List<LineInput> lines(List<LineBody> lines) {
        List<LineInput> inputs = new ArrayList<>();
        for (LineBody l : elements("lines", lines)) {
            inputs.add(new LineInput(l.description(), l.deviceModelId(), l.quantity(), l.unitPrice(), l.warrantyMonths(),
                    l.gpuModelId(), l.gpuCount(), l.termMonths(), l.monthlyPrice(), l.vatRate()));
        }
        return inputs;
    }

    /** The elements of a JSON array field; a null inside is refused with its index. */
    private static <T> List<T> elements(String field, List<T> values) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidValueException(field + "[" + i + "]", "must not be null");
            }
        }
        return values;
    }

    public record OrderLineView(int lineNo, String description, long deviceModelId, int quantity, int receivedQuantity,
            BigDecimal unitPrice, BigDecimal vatRate, BigDecimal grossAmount) {
    }

    public record ReceiptView(long id, LocalDate receivedOn, String receivedBy, String note, int units) {
    }

    public record OrderView(long id, int version, String orderNumber, LocalDate orderDate, OrderStatus status,
            long supplierId, String supplierName, long requestId, String requestTitle, BigDecimal netTotal,
            BigDecimal vatTotal, BigDecimal grossTotal, String invoiceNumber, LocalDate invoiceDate,
            BigDecimal invoiceAmount, List<OrderLineView> lines, List<ReceiptView> receipts, InvoiceCheck invoiceCheck) {
        static OrderView of(PurchaseOrder o, List<ReceiptView> receipts, InvoiceCheck check) {
            return new OrderView(o.getId(), o.getVersion(), o.getOrderNumber(), o.getOrderDate(), o.getStatus(),
                    o.getSupplier().getId(), o.getSupplier().getName(), o.getRequest().getId(), o.getRequest().getTitle(),
                    o.getNetTotal(), o.getVatTotal(), o.getGrossTotal(), o.getInvoiceNumber(), o.getInvoiceDate(),
                    o.getInvoiceAmount(), o.getLines().stream().map(l -> new OrderLineView(l.getLineNo(), l.getDescription(),
                            l.getDeviceModelId(), l.getQuantity(), l.getReceivedQuantity(), l.getUnitPrice(), l.getVatRate(),
                            l.getGrossAmount())).toList(), receipts, check);
        }
    }

    public record TimelineView(String action, RequestStatus from, RequestStatus to, String actor, Instant at,
            String comment) {
        static TimelineView of(TimelineEntry e) {
            return new TimelineView(e.getAction().name(), e.getFromStatus(), e.getToStatus(), e.getActor(),
                    e.getOccurredAt(), e.getComment());
        }
    }

    public record RequestView(long id, int version, String title, String requester, RequestKind kind,
            RequestStatus status, Long siteId, BigDecimal netTotal, BigDecimal vatTotal, BigDecimal grossTotal,
            String currency, int approvalsRequired, List<TimelineView> timeline) {
        static RequestView of(PurchaseRequest p, List<TimelineEntry> timeline) {
            return new RequestView(p.getId(), p.getVersion(), p.getTitle(), p.getRequester(), p.getKind(), p.getStatus(),
                    p.getSiteId(), p.getNetTotal(), p.getVatTotal(), p.getGrossTotal(), p.getCurrency(),
                    p.getApprovalsRequired(), timeline.stream().map(TimelineView::of).toList());
        }
    }
}
