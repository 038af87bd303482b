package io.dcim.procurement.order;

import io.dcim.common.audit.Actor;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.paging.Like;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.procurement.export.PurchaseLineRow;
import io.dcim.procurement.request.Cny;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestAction;
import io.dcim.procurement.request.RequestKind;
import io.dcim.procurement.request.RequestLine;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.request.RequestWorkflow;
import io.dcim.procurement.supplier.Supplier;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.optional;
import static io.dcim.common.text.Fields.required;

/**
 * Turns approved equipment requests into purchase orders, and records the supplier's invoice
 * against the order with a warning when it does not match what was ordered or received.
 */
public final class OrderService {

    private static final BigDecimal MAX_INVOICE = new BigDecimal("99999999999999.99");
    private static final SortColumns SORT = new SortColumns("orderDate", "o.id", Map.of(
            "orderDate", "o.orderDate", "orderNumber", "o.orderNumberKey", "supplier", "s.nameKey",
            "status", "o.status", "gross", "o.grossTotal"));

    private final Database db;
    private final Clock clock;

    public OrderService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Orders an APPROVED equipment request from a supplier; the request becomes ORDERED. */
    public PurchaseOrder place(long requestId, int expectedRequestVersion, NewOrder input, String actor) {
        return Actor.as(actor, () -> db.inTransaction(session -> {
            PurchaseRequest request = Lookup.existing(session, PurchaseRequest.class, requestId, "purchase request");
            Lookup.checkVersion(request.getVersion(), expectedRequestVersion,
                    Message.named(PurchaseRequest.class, "request", requestId));
            if (request.getKind() != RequestKind.EQUIPMENT) {
                throw new InvalidValueException("kind", Message.of("procurement.order.computeIsContracted"));
            }
            Supplier supplier = Lookup.referenced(session, Supplier.class, input.supplierId(), "supplierId", "supplier");
            if (supplier == null) {
                throw new InvalidValueException("supplierId", Message.of("procurement.order.supplierRequired"));
            }
            String number = required("orderNumber", input.orderNumber(), 64);
            if (input.orderDate() == null) {
                throw new InvalidValueException("orderDate", Message.of("common.field.required"));
            }
            checkNumberFree(session, number);
            PurchaseOrder order = new PurchaseOrder(request, supplier, number, input.orderDate());
            RequestWorkflow.move(session, request, RequestStatus.ORDERED, RequestAction.ORDER, actor,
                    "order " + number + " to " + supplier.getName(), clock.instant());
            for (RequestLine line : request.getLines()) {
                order.addLine(new OrderLine(order, line));
            }
            session.persist(order);
            return order;
        }));
    }

    /** The order with its lines, request and supplier loaded. */
    public PurchaseOrder find(long id) {
        return db.read(session -> loaded(Lookup.existing(session, PurchaseOrder.class, id, "purchase order")));
    }

    public Optional<PurchaseOrder> forRequest(long requestId) {
        return db.read(session -> session.createQuery("from PurchaseOrder o where o.request.id = :r", PurchaseOrder.class)
                .setParameter("r", requestId).getResultStream().findFirst().map(OrderService::loaded));
    }

    /** The orders the filter lets through, one page of them, counted and sorted in the database. */
    public Page<OrderSummary> page(OrderFilter filter, PageRequest page) {
        return db.read(session -> new PagedQuery<>(OrderSummary.class,
                "select new io.dcim.procurement.order.OrderSummary(o.id, o.version, o.orderNumber, o.orderDate, r.id,"
                        + " r.title, s.id, s.name, o.status, o.grossTotal, o.invoiceAmount)",
                "from PurchaseOrder o join o.request r join o.supplier s", "o.id", SORT)
                .where("o.status = :status", "status", filter.status())
                .where("s.id = :supplier", "supplier", filter.supplierId())
                .where("o.orderDate >= :from", "from", filter.orderedFrom())
                .where("o.orderDate <= :to", "to", filter.orderedTo())
                .fetch(session, page));
    }

    /** Orders whose number, supplier or request title contains {@code text}, newest first: the header's search. */
    public Page<OrderSummary> search(String text, PageRequest page) {
        return db.read(session -> new PagedQuery<>(OrderSummary.class,
                "select new io.dcim.procurement.order.OrderSummary(o.id, o.version, o.orderNumber, o.orderDate, r.id,"
                        + " r.title, s.id, s.name, o.status, o.grossTotal, o.invoiceAmount)",
                "from PurchaseOrder o join o.request r join o.supplier s", "o.id", SORT)
                .where("(o.orderNumberKey like :text or s.nameKey like :text or upper(r.title) like :text)", "text",
                        Like.contains(text))
                .fetch(session, page));
    }

    /**
     * The purchase register's lines: every line of the orders dated {@code from} to {@code to}
     * (either may be null: open-ended), by order date, order and line number.
     */
    public List<PurchaseLineRow> registerLines(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValueException("to", Message.of("procurement.order.rangeEndsBeforeStart", to,
                    from));
        }
        return db.read(session -> {
            StringBuilder hql = new StringBuilder("select l from OrderLine l join fetch l.order o join fetch o.supplier"
                    + " join fetch o.request where 1 = 1");
            if (from != null) {
                hql.append(" and o.orderDate >= :from");
            }
            if (to != null) {
                hql.append(" and o.orderDate <= :to");
            }
            var query = session.createQuery(hql.append(" order by o.orderDate, o.id, l.lineNo").toString(), OrderLine.class);
            if (from != null) {
                query.setParameter("from", from);
            }
            if (to != null) {
                query.setParameter("to", to);
            }
            return query.getResultList().stream().map(OrderService::registerLine).toList();
        });
    }

    private static PurchaseLineRow registerLine(OrderLine l) {
        PurchaseOrder o = l.getOrder();
        return new PurchaseLineRow(o.getId(), o.getOrderNumber(), o.getOrderDate(), o.getSupplier().getName(),
                o.getRequest().getId(), o.getRequest().getTitle(), o.getStatus().name(), l.getLineNo(), l.getDescription(),
                l.getQuantity(), l.getReceivedQuantity(), l.getUnitPrice(), l.getVatRate(), l.getNetAmount(),
                l.getVatAmount(), l.getGrossAmount(), l.receivedAmounts().gross(), o.getInvoiceNumber(),
                o.getInvoiceAmount());
    }

    /** Records the supplier's invoice (gross total) and says whether it matches the order and the deliveries. */
    public InvoiceCheck recordInvoice(long orderId, int expectedVersion, InvoiceInput invoice, String actor) {
        return Actor.as(actor, () -> db.inTransaction(session -> {
            PurchaseOrder order = Lookup.existing(session, PurchaseOrder.class, orderId, "purchase order");
            Lookup.checkVersion(order.getVersion(), expectedVersion,
                    Message.named(PurchaseOrder.class, "order", order.getOrderNumber()));
            if (invoice.date() == null) {
                throw new InvalidValueException("invoiceDate", Message.of("common.field.required"));
            }
            if (invoice.date().isBefore(order.getOrderDate())) {
                throw new InvalidValueException("invoiceDate", Message.of("procurement.order.invoiceBeforeOrder",
                        invoice.date(), order.getOrderDate()));
            }
            order.recordInvoice(optional("invoiceNumber", invoice.number(), 64), invoice.date(),
                    Cny.positive("invoiceAmount", invoice.amount(), MAX_INVOICE));
            return check(order);
        }));
    }

    public InvoiceCheck invoiceCheck(long orderId) {
        return db.read(session -> check(Lookup.existing(session, PurchaseOrder.class, orderId, "purchase order")));
    }

    /** Compares ordered, received and invoiced gross amounts; a difference above a fen is a warning. */
    public static InvoiceCheck check(PurchaseOrder order) {
        BigDecimal ordered = order.getGrossTotal();
        BigDecimal received = order.receivedValue().gross();
        BigDecimal invoiced = order.getInvoiceAmount();
        List<Message> warnings = new ArrayList<>();
        if (invoiced != null) {
            if (Cny.differ(invoiced, ordered)) {
                warnings.add(Message.of("procurement.invoice.differsFromOrder", Cny.format(invoiced), Cny.format(ordered),
                        Cny.format(invoiced.subtract(ordered))));
            }
            if (Cny.differ(invoiced, received)) {
                warnings.add(Message.of("procurement.invoice.differsFromReceived", Cny.format(invoiced), Cny.format(received),
                        Cny.format(invoiced.subtract(received))));
            }
            if (Cny.differ(received, ordered)) {
                warnings.add(Message.of("procurement.invoice.partlyReceived", Cny.format(received), Cny.format(ordered)));
            }
        }
        return new InvoiceCheck(order.getId(), ordered, received, invoiced, List.copyOf(warnings));
    }

    private static void checkNumberFree(Session session, String number) {
        Long clashes = session.createQuery("select count(o) from PurchaseOrder o where o.orderNumberKey = :k", Long.class)
                .setParameter("k", PurchaseOrder.key(number)).getSingleResult();
        if (clashes > 0) {
            throw new ConflictException("orderNumber", Message.of("procurement.order.numberTaken", number));
        }
    }

    private static PurchaseOrder loaded(PurchaseOrder order) {
        order.getLines().size();
        order.getSupplier().getName();
        order.getRequest().getTitle();
        return order;
    }
}
