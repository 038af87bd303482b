package io.dcim.procurement.receiving;

import io.dcim.procurement.order.PurchaseOrder;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A delivery against an order, as recorded at the dock. Written once. */
@Entity
@Immutable
@Table(name = "goods_receipt")
public class GoodsReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "goods_receipt_seq")
    @SequenceGenerator(name = "goods_receipt_seq", sequenceName = "goods_receipt_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PurchaseOrder order;
    private LocalDate receivedOn;
    private String receivedBy;
    private Instant recordedAt;
    private String note;

    protected GoodsReceipt() {
    }

    GoodsReceipt(PurchaseOrder order, LocalDate receivedOn, String receivedBy, Instant recordedAt, String note) {
        this.order = order;
        this.receivedOn = receivedOn;
        this.receivedBy = receivedBy;
        this.recordedAt = recordedAt;
        this.note = note;
    }

    public Long getId() { return id; }
    public PurchaseOrder getOrder() { return order; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getReceivedBy() { return receivedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getNote() { return note; }
}
