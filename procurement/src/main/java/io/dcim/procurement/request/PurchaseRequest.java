package io.dcim.procurement.request;

import io.dcim.common.persistence.TimestampedEntity;
import io.dcim.procurement.supplier.Supplier;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A request to buy equipment or outsourced compute, with its lines and its totals. Its status
 * is changed only through {@link RequestWorkflow}, which checks the transition and writes the
 * timeline; its content only through {@link PurchaseRequestService} while it is editable.
 */
@Entity
@Audited
@Table(name = "purchase_request")
public class PurchaseRequest extends TimestampedEntity {

    private String title;
    /** The username of the person who asked; they alone edit and resubmit, and never approve. */
    private String requester;
    private String justification;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RequestKind kind;
    /** The inventory site the equipment goes to (for outsourced compute: optional, the site it serves). */
    private Long siteId;
    @ElementCollection
    @CollectionTable(name = "purchase_request_cabinet", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "cabinet_id")
    private Set<Long> cabinetIds = new HashSet<>();
    private String costCentre;
    @ManyToOne(fetch = FetchType.LAZY)
    private Supplier preferredSupplier;
    private LocalDate expectedDelivery;
    private String currency = Cny.CODE;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RequestStatus status = RequestStatus.DRAFT;
    /** Counts submissions: approvals given before a return belong to an earlier round. */
    private int approvalRound;
    /** Fixed by the approval policy when the request is submitted. */
    private int approvalsRequired;

    private BigDecimal netTotal = Cny.ZERO;
    private BigDecimal vatTotal = Cny.ZERO;
    private BigDecimal grossTotal = Cny.ZERO;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<RequestLine> lines = new ArrayList<>();

    protected PurchaseRequest() {
    }

    PurchaseRequest(String requester, RequestKind kind) {
        this.requester = requester;
        this.kind = kind;
    }

    public String getTitle() { return title; }
    void setTitle(String title) { this.title = title; }
    public String getRequester() { return requester; }
    public String getJustification() { return justification; }
    void setJustification(String justification) { this.justification = justification; }
    public RequestKind getKind() { return kind; }
    void setKind(RequestKind kind) { this.kind = kind; }
    public Long getSiteId() { return siteId; }
    void setSiteId(Long siteId) { this.siteId = siteId; }
    public Set<Long> getCabinetIds() { return Collections.unmodifiableSet(new TreeSet<>(cabinetIds)); }
    public String getCostCentre() { return costCentre; }
    void setCostCentre(String costCentre) { this.costCentre = costCentre; }
    public Supplier getPreferredSupplier() { return preferredSupplier; }
    void setPreferredSupplier(Supplier supplier) { this.preferredSupplier = supplier; }
    public LocalDate getExpectedDelivery() { return expectedDelivery; }
    void setExpectedDelivery(LocalDate expectedDelivery) { this.expectedDelivery = expectedDelivery; }
    public String getCurrency() { return currency; }
    public RequestStatus getStatus() { return status; }
    void setStatus(RequestStatus status) { this.status = status; }
    public int getApprovalRound() { return approvalRound; }
    public int getApprovalsRequired() { return approvalsRequired; }
    public BigDecimal getNetTotal() { return netTotal; }
    public BigDecimal getVatTotal() { return vatTotal; }
    public BigDecimal getGrossTotal() { return grossTotal; }
    public LineAmounts getTotals() { return new LineAmounts(netTotal, vatTotal, grossTotal); }
    public List<RequestLine> getLines() { return Collections.unmodifiableList(lines); }

    void startRound(int approvalsRequired) {
        this.approvalRound++;
        this.approvalsRequired = approvalsRequired;
    }

    void setCabinetIds(Set<Long> ids) {
        cabinetIds.retainAll(ids);
        cabinetIds.addAll(ids);
    }

    /** Makes the lines those given, updating existing rows in place (see {@link RequestLine#assign}). */
    void replaceLines(List<RequestLine.Values> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            if (i < lines.size()) {
                lines.get(i).assign(i + 1, wanted.get(i));
            } else {
                lines.add(new RequestLine(this, i + 1, wanted.get(i)));
            }
        }
        while (lines.size() > wanted.size()) {
            lines.remove(lines.size() - 1);
        }
        LineAmounts totals = lines.stream().map(RequestLine::amounts).reduce(LineAmounts.ZERO, LineAmounts::plus);
        netTotal = totals.net();
        vatTotal = totals.vat();
        grossTotal = totals.gross();
    }
}
