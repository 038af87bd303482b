package io.dcim.procurement.request;

import io.dcim.common.persistence.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step in a request's life: who did what, when, from which status to which, and why. Never changed. */
@Entity
@Immutable
@Table(name = "purchase_request_timeline")
public class TimelineEntry extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PurchaseRequest request;

    private int approvalRound;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RequestAction action;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RequestStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RequestStatus toStatus;
    private String actor;
    private Instant occurredAt;
    private String comment;

    protected TimelineEntry() {
    }

    TimelineEntry(PurchaseRequest request, RequestAction action, RequestStatus fromStatus, String actor,
                  Instant occurredAt, String comment) {
        this.request = request;
        this.approvalRound = request.getApprovalRound();
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = request.getStatus();
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.comment = comment;
    }

    public PurchaseRequest getRequest() { return request; }
    public int getApprovalRound() { return approvalRound; }
    public RequestAction getAction() { return action; }
    public RequestStatus getFromStatus() { return fromStatus; }
    public RequestStatus getToStatus() { return toStatus; }
    public String getActor() { return actor; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getComment() { return comment; }
}
