package io.dcim.procurement.order;

import io.dcim.common.persistence.TimestampedEntity;
import io.dcim.procurement.request.Cny;
import io.dcim.procurement.request.LineAmounts;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.supplier.Supplier;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * The order placed with a supplier for an approved equipment request: its lines are copies of
 * the request's, so that what was ordered stays as it was whatever happens to the request.
 */
@Entity
@Audited
@Table(name = "purchase_order")
public class PurchaseOrder extends TimestampedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PurchaseRequest request;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Supplier supplier;
    private String orderNumber;
    private String orderNumberKey;
    private LocalDate orderDate;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private OrderStatus status = OrderStatus.OPEN;
    private String currency = Cny.CODE;
    private BigDecimal netTotal;
    private BigDecimal vatTotal;
    private BigDecimal grossTotal;
    private String invoiceNumber;
    private LocalDate invoiceDate;
    /** The supplier's VAT invoice total (gross), as invoiced. */
    private BigDecimal invoiceAmount;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    protected PurchaseOrder() {
    }

    PurchaseOrder(PurchaseRequest request, Supplier supplier, String orderNumber, LocalDate orderDate) {
        this.request = request;
        this.supplier = supplier;
        this.orderNumber = orderNumber;
        this.orderDate = orderDate;
    }

    @PrePersist
    @PreUpdate
    void normalizeKey() {
        orderNumberKey = key(orderNumber);
    }

    static String key(String number) {
        return number == null ? null : number.trim().toUpperCase(java.util.Locale.ROOT);
    }

    void addLine(OrderLine line) {
        lines.add(line);
        LineAmounts totals = lines.stream().map(OrderLine::amounts).reduce(LineAmounts.ZERO, LineAmounts::plus);
        netTotal = totals.net();
        vatTotal = totals.vat();
        grossTotal = totals.gross();
    }

    void recordInvoice(String number, LocalDate date, BigDecimal amount) {
        this.invoiceNumber = number;
        this.invoiceDate = date;
        this.invoiceAmount = amount;
    }

    /** Recomputes the status from the lines after a delivery; returns it. */
    public OrderStatus refreshStatus() {
        boolean all = lines.stream().allMatch(OrderLine::isComplete);
        boolean any = lines.stream().anyMatch(l -> l.getReceivedQuantity() > 0);
        status = all ? OrderStatus.RECEIVED : any ? OrderStatus.PARTIALLY_RECEIVED : OrderStatus.OPEN;
        return status;
    }

    /** The value of what has arrived, VAT computed per line on the units received. */
    public LineAmounts receivedValue() {
        return lines.stream().map(OrderLine::receivedAmounts).reduce(LineAmounts.ZERO, LineAmounts::plus);
    }

    public OrderLine line(int lineNo) {
        return lines.stream().filter(l -> l.getLineNo() == lineNo).findFirst().orElse(null);
    }

    public PurchaseRequest getRequest() { return request; }
    public Supplier getSupplier() { return supplier; }
    public String getOrderNumber() { return orderNumber; }
    public LocalDate getOrderDate() { return orderDate; }
    public OrderStatus getStatus() { return status; }
    public String getCurrency() { return currency; }
    public BigDecimal getNetTotal() { return netTotal; }
    public BigDecimal getVatTotal() { return vatTotal; }
    public BigDecimal getGrossTotal() { return grossTotal; }
    public LineAmounts getTotals() { return new LineAmounts(netTotal, vatTotal, grossTotal); }
    public String getInvoiceNumber() { return invoiceNumber; }
    public LocalDate getInvoiceDate() { return invoiceDate; }
    public BigDecimal getInvoiceAmount() { return invoiceAmount; }
    public List<OrderLine> getLines() { return Collections.unmodifiableList(lines); }
}
