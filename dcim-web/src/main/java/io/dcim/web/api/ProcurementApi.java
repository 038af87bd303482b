package io.dcim.web.api;

import io.dcim.common.access.Permission;

import io.dcim.inventory.device.Face;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.AssetFilter;
import io.dcim.procurement.export.DepreciationWorkbook;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.text.Fields;
import io.dcim.common.text.MultiLine;
import io.dcim.procurement.asset.AssetGrouping;
import io.dcim.procurement.asset.MonthlyTotal;
import io.dcim.procurement.order.InvoiceCheck;
import io.dcim.procurement.order.InvoiceInput;
import io.dcim.procurement.order.NewOrder;
import io.dcim.procurement.order.OrderService;
import io.dcim.procurement.order.OrderStatus;
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
import io.dcim.procurement.request.TimelineEntry;
import io.dcim.web.ProcurementServices;
import io.dcim.web.Services;
import io.dcim.web.purchase.ExportReport;
import io.dcim.web.transfer.Uploads;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Purchase requests and their decisions, orders with their deliveries and invoice, fixed
 * assets, their depreciation and its summary, and the workbooks for finance (depreciation
 * schedule, fixed-asset register, purchase register) as XLSX.
 */
final class ProcurementApi {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProcurementServices procurement;

    ProcurementApi(Services services) {
        this.procurement = services.procurement();
    }

    void register(List<Route> routes) {
        routes.add(Route.of("GET", "/purchase-requests", this::requests));
        routes.add(Route.of("POST", "/purchase-requests", this::createRequest));
        routes.add(Route.of("POST", "/purchase-requests/{id}/order", this::placeOrder));
        routes.add(Route.of("GET", "/purchase-orders/register.xlsx", this::purchaseRegister));
        routes.add(Route.of("GET", "/purchase-orders", this::orders));
        routes.add(Route.of("GET", "/purchase-orders/{id}", r -> orderView(r.pathId("id"))));
        routes.add(Route.of("POST", "/purchase-orders/{id}/receipts", this::receive));
        routes.add(Route.of("POST", "/purchase-orders/{id}/invoice", this::recordInvoice));
        routes.add(Route.of("GET", "/assets/register.xlsx", this::assetRegister));
        routes.add(Route.of("GET", "/depreciation/summary", this::summary));
        routes.add(Route.of("GET", "/purchase-requests/{id}", r -> RequestView.of(procurement.requests().find(r.pathId("id")),
                procurement.requests().timeline(r.pathId("id")))));
        routes.add(Route.of("POST", "/purchase-requests/{id}/submit", r -> decide(r, "submit", Permission.PURCHASE_REQUEST)));
        routes.add(Route.of("POST", "/purchase-requests/{id}/approve", r -> decide(r, "approve", Permission.PURCHASE_APPROVE)));
        routes.add(Route.of("POST", "/purchase-requests/{id}/reject", r -> decide(r, "reject", Permission.PURCHASE_APPROVE)));
        routes.add(Route.of("POST", "/purchase-requests/{id}/return", r -> decide(r, "return", Permission.PURCHASE_APPROVE)));
        routes.add(Route.of("GET", "/assets", this::assets));
        routes.add(Route.of("GET", "/assets/{id}/depreciation", r -> procurement.assets().schedule(r.pathId("id")).periods()));
        routes.add(Route.of("GET", "/depreciation/schedule.xlsx", this::schedule));
    }

    private Object requests(ApiRequest r) {
        RequestStatus status = r.queryEnum("status", RequestStatus.class);
        String awaiting = "me".equalsIgnoreCase(r.query("awaiting")) ? r.principal().username() : null;
        RequestFilter filter = new RequestFilter(status == null ? null : Set.of(status), r.queryEnum("kind", RequestKind.class),
                r.query("requester"), r.queryLong("site"), r.query("q"), awaiting);
        return PageView.of(procurement.requests().page(filter, r.page("created")), Function.identity());
    }

    /** submit, approve, reject or return, against the version the caller read, with a comment. */
    private Object decide(ApiRequest r, String action, Permission permission) {
        r.require(permission);
        long id = r.pathId("id");
        Decision decision = r.body(Decision.class);
        int version = ApiRequest.required("version", decision.version());
        String actor = r.principal().username();
        String comment = decision.comment();
        PurchaseRequest after = switch (action) {
            case "submit" -> procurement.approvals().submit(id, version, actor, comment);
            case "approve" -> procurement.approvals().approve(id, version, actor, comment);
            case "reject" -> procurement.approvals().reject(id, version, actor, comment);
            default -> procurement.approvals().returnToRequester(id, version, actor, comment);
        };
        return RequestView.of(after, procurement.requests().timeline(id));
    }

    private Object assets(ApiRequest r) {
        AssetFilter filter = new AssetFilter(r.queryLong("site"), r.queryEnum("class", AssetClass.class), r.query("costCentre"),
                r.query("q"));
        return PageView.of(procurement.assets().page(filter, r.page("assetTag")), Function.identity());
    }

    /** Analysts and managers export the schedule; any month range, filtered by site and asset class. */
    private Object schedule(ApiRequest r) {
        r.require(Permission.EXPORT_DEPRECIATION);
        YearMonth from = month(r, "from");
        YearMonth to = month(r, "to");
        if (to.isBefore(from)) {
            throw ApiException.badRequest("to", "is before from (" + from + ")");
        }
        AssetFilter filter = new AssetFilter(r.queryLong("site"), r.queryEnum("class", AssetClass.class), r.query("costCentre"),
                null);
        return new Route.Download(XLSX, "depreciation-" + from + "-to-" + to + ".xlsx", out -> {
            try (Stream<io.dcim.procurement.export.DetailRow> rows = procurement.assetQueries().detailRows(from, to, filter)) {
                new DepreciationWorkbook().write(rows, out, written -> { });
            }
        });
    }

    /** Whoever procurement lets request purchases drafts one (it is theirs); it starts as a draft to submit. */
    private Object createRequest(ApiRequest r) {
        if (!procurement.requests().mayCreate(r.caller())) {
            throw ApiException.forbidden(io.dcim.procurement.request.PurchaseRequestService.MAY_NOT_CREATE);
        }
        RequestBody body = r.body(RequestBody.class);
        RequestDraft draft = new RequestDraft(body.title(), body.justification(),
                body.kind() == null ? RequestKind.EQUIPMENT : body.kind(), body.siteId(),
                body.cabinetIds() == null ? Set.of() : new LinkedHashSet<>(elements("cabinetIds", body.cabinetIds())),
                body.costCentre(), body.preferredSupplierId(), body.expectedDelivery(), body.currency(),
                lines(body.lines()));
        PurchaseRequest created = procurement.requests().create(r.principal().username(), draft);
        return new Route.Response(201, RequestView.of(created, procurement.requests().timeline(created.getId())));
    }

    /** Managers and ops turn an approved equipment request into a purchase order. */
    private Object placeOrder(ApiRequest r) {
        r.require(Permission.PURCHASE_ORDER);
        OrderBody body = r.body(OrderBody.class);
        PurchaseOrder order = procurement.orders().place(r.pathId("id"), ApiRequest.required("version", body.version()),
                new NewOrder(body.supplierId(), body.orderNumber(), body.orderDate()), r.principal().username());
        return new Route.Response(201, orderView(order.getId()));
    }

    private Object orders(ApiRequest r) {
        return PageView.of(procurement.orders().page(r.queryEnum("status", OrderStatus.class), r.queryLong("supplier"),
                r.page("orderDate")), Function.identity());
    }

    private OrderView orderView(long id) {
        PurchaseOrder order = procurement.orders().find(id);
        List<ReceiptView> receipts = procurement.receiving().receipts(id).stream().map(g -> new ReceiptView(g.getId(),
                g.getReceivedOn(), g.getReceivedBy(), g.getNote(), procurement.receiving().units(g.getId()).size())).toList();
        return OrderView.of(order, receipts, OrderService.check(order));
    }

    /**
     * Ops record a delivery: a JSON body {@code {receivedOn, note, units: [{orderLine, assetTag, serial,
     * gpuSerials, cabinet, positionU}]}}, or the packing list itself (CSV or XLSX) as the body with
     * {@code ?receivedOn=&note=}. A refused delivery answers 422 listing every refused unit; nothing is written.
     */
    private Object receive(ApiRequest r) {
        r.require(Permission.PURCHASE_RECEIVE);
        long id = r.pathId("id");
        byte[] body = r.rawBody(Uploads.MAX_BYTES);
        try {
            ReceiptResult result = isJson(body)
                    ? procurement.receiving().receive(id, receipt(r.body(body, ReceiptBody.class)), r.principal().username())
                    : procurement.receiving().receivePackingList(id, queryDate(r, "receivedOn"), r.query("note"), body,
                            r.principal().username());
            return new Route.Response(201, result);
        } catch (DeliveryRefusedException e) {
            Map<String, Object> refused = new LinkedHashMap<>();
            refused.put("error", Fields.excerptQuoted(e.getMessage()));
            refused.put("field", e.field());
            refused.put("detail", e.problems());
            return new Route.Response(422, refused);
        } catch (ConflictException e) {
            // A unit that clashes (over the order, a serial already known) is a refused unit: 422 as
            // every other refused unit; what stays 409 is the order itself (fully received, changed meanwhile).
            if (e.field() != null && (e.field().equals("units") || e.field().startsWith("units["))) {
                String prefix = e.field() + ": ";
                throw new InvalidValueException(e.field(), e.getMessage().startsWith(prefix)
                        ? e.getMessage().substring(prefix.length()) : e.getMessage());
            }
            throw e;
        }
    }

    private Object recordInvoice(ApiRequest r) {
        r.require(Permission.PURCHASE_INVOICE);
        InvoiceBody body = r.body(InvoiceBody.class);
        return procurement.orders().recordInvoice(r.pathId("id"), ApiRequest.required("version", body.version()),
                new InvoiceInput(body.number(), body.date(), body.amount()), r.principal().username());
    }

    private Object purchaseRegister(ApiRequest r) {
        r.require(Permission.EXPORT_DEPRECIATION);
        return download(new ExportReport.PurchaseRegister(queryDate(r, "from"), queryDate(r, "to")));
    }

    private Object assetRegister(ApiRequest r) {
        r.require(Permission.EXPORT_DEPRECIATION);
        LocalDate date = queryDate(r, "date");
        return download(new ExportReport.AssetRegister(date == null ? LocalDate.now() : date, r.queryLong("site"),
                r.queryEnum("class", AssetClass.class)));
    }

    private Object download(ExportReport report) {
        return new Route.Download(ExportReport.XLSX, report.fileName(), out -> report.write(procurement, out, n -> { }));
    }

    /** Depreciation per month from {@code from} to {@code to}, one total a month or split by class or site. */
    private Object summary(ApiRequest r) {
        YearMonth from = month(r, "from");
        YearMonth to = month(r, "to");
        if (to.isBefore(from)) {
            throw ApiException.badRequest("to", "is before from (" + from + ")");
        }
        String groupBy = r.query("groupBy") == null ? "month" : r.query("groupBy").toLowerCase(java.util.Locale.ROOT);
        AssetGrouping grouping = switch (groupBy) {
            case "month" -> AssetGrouping.NONE;
            case "class" -> AssetGrouping.ASSET_CLASS;
            case "site" -> AssetGrouping.SITE;
            default -> throw ApiException.badRequest("groupBy", "'" + Fields.excerpt(groupBy) + "' is not one of month, class, site");
        };
        List<MonthlyTotal> rows = procurement.assetQueries().monthly(from, to, grouping,
                new AssetFilter(r.queryLong("site"), r.queryEnum("class", AssetClass.class), r.query("costCentre"), null));
        BigDecimal total = rows.stream().map(MonthlyTotal::depreciation).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SummaryView(from, to, groupBy, rows, total);
    }

    record SummaryView(YearMonth from, YearMonth to, String groupBy, List<MonthlyTotal> rows, BigDecimal totalDepreciation) {
    }

    private static boolean isJson(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
    }

    /** {@code submit}, {@code approve}, {@code reject}, {@code return}. */
    record Decision(Integer version, @MultiLine String comment) {
    }

    /** {@code POST /purchase-requests}. */
    record RequestBody(String title, @MultiLine String justification, RequestKind kind, Long siteId, List<Long> cabinetIds,
            String costCentre, Long preferredSupplierId, LocalDate expectedDelivery, String currency, List<LineBody> lines) {
    }

    /** One line of a request: equipment (a device model) or outsourced compute (GPUs for a term). */
    record LineBody(String description, Long deviceModelId, Integer quantity, BigDecimal unitPrice, Integer warrantyMonths,
            Long gpuModelId, Integer gpuCount, Integer termMonths, BigDecimal monthlyPrice, BigDecimal vatRate) {
    }

    /** {@code POST /purchase-requests/{id}/order}. */
    record OrderBody(Integer version, Long supplierId, String orderNumber, LocalDate orderDate) {
    }

    /** {@code POST /purchase-orders/{id}/invoice}. */
    record InvoiceBody(Integer version, String number, LocalDate date, BigDecimal amount) {
    }

    /** {@code POST /purchase-orders/{id}/receipts} as JSON. */
    record ReceiptBody(LocalDate receivedOn, @MultiLine String note, List<UnitBody> units) {
    }

    record UnitBody(Integer orderLine, String assetTag, String serial, List<String> gpuSerials, String room,
            String cabinet, Integer positionU, Face face) {
    }

    private static Receipt receipt(ReceiptBody body) {
        List<UnitBody> units = elements("units", ApiRequest.required("units", body.units()));
        List<ReceivedUnit> list = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            UnitBody u = units.get(i);
            String at = "units[" + i + "].";
            int line = ApiRequest.required(at + "orderLine", u.orderLine());
            List<String> cards = u.gpuSerials() == null ? List.of() : elements(at + "gpuSerials", u.gpuSerials());
            list.add(new ReceivedUnit(line, u.assetTag(), u.serial(), cards, u.room(), u.cabinet(), u.positionU(), u.face()));
        }
        return new Receipt(body.receivedOn(), body.note(), list);
    }

    private static List<LineInput> lines(List<LineBody> lines) {
        List<LineInput> inputs = new ArrayList<>();
        for (LineBody l : elements("lines", ApiRequest.required("lines", lines))) {
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

    private static LocalDate queryDate(ApiRequest r, String field) {
        String value = r.query(field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field, "'" + Fields.excerpt(value) + "' is not a date; use YYYY-MM-DD");
        }
    }

    private static YearMonth month(ApiRequest r, String field) {
        String value = r.query(field);
        if (value == null) {
            throw ApiException.badRequest(field, "is required (YYYY-MM)");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field, "'" + Fields.excerpt(value) + "' is not a month; use YYYY-MM");
        }
    }

    record OrderLineView(int lineNo, String description, long deviceModelId, int quantity, int receivedQuantity,
            BigDecimal unitPrice, BigDecimal vatRate, BigDecimal grossAmount) {
    }

    record ReceiptView(long id, LocalDate receivedOn, String receivedBy, String note, int units) {
    }

    record OrderView(long id, int version, String orderNumber, LocalDate orderDate, OrderStatus status, long supplierId,
            String supplierName, long requestId, String requestTitle, BigDecimal netTotal, BigDecimal vatTotal,
            BigDecimal grossTotal, String invoiceNumber, LocalDate invoiceDate, BigDecimal invoiceAmount,
            List<OrderLineView> lines, List<ReceiptView> receipts, InvoiceCheck invoiceCheck) {
        static OrderView of(PurchaseOrder o, List<ReceiptView> receipts, InvoiceCheck check) {
            return new OrderView(o.getId(), o.getVersion(), o.getOrderNumber(), o.getOrderDate(), o.getStatus(),
                    o.getSupplier().getId(), o.getSupplier().getName(), o.getRequest().getId(), o.getRequest().getTitle(),
                    o.getNetTotal(), o.getVatTotal(), o.getGrossTotal(), o.getInvoiceNumber(), o.getInvoiceDate(),
                    o.getInvoiceAmount(), o.getLines().stream().map(l -> new OrderLineView(l.getLineNo(), l.getDescription(),
                            l.getDeviceModelId(), l.getQuantity(), l.getReceivedQuantity(), l.getUnitPrice(), l.getVatRate(),
                            l.getGrossAmount())).toList(), receipts, check);
        }
    }

    record TimelineView(String action, RequestStatus from, RequestStatus to, String actor, Instant at, String comment) {
        static TimelineView of(TimelineEntry e) {
            return new TimelineView(e.getAction().name(), e.getFromStatus(), e.getToStatus(), e.getActor(), e.getOccurredAt(),
                    e.getComment());
        }
    }

    record RequestView(long id, int version, String title, String requester, RequestKind kind, RequestStatus status,
            Long siteId, BigDecimal netTotal, BigDecimal vatTotal, BigDecimal grossTotal, String currency,
            int approvalsRequired, List<TimelineView> timeline) {
        static RequestView of(PurchaseRequest p, List<TimelineEntry> timeline) {
            return new RequestView(p.getId(), p.getVersion(), p.getTitle(), p.getRequester(), p.getKind(), p.getStatus(),
                    p.getSiteId(), p.getNetTotal(), p.getVatTotal(), p.getGrossTotal(), p.getCurrency(), p.getApprovalsRequired(),
                    timeline.stream().map(TimelineView::of).toList());
        }
    }
}
