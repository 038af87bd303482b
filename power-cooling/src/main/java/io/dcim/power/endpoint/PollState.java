package io.dcim.power.endpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The part of a target's last poll status that target lists filter by, mapped read-only so a list query can ask
 * about it; the row is written in bulk with JDBC by {@link io.dcim.power.reading.PollStatusStore}.
 */
@Entity
@Immutable
@Table(name = "poll_status")
public class PollState {

    @Id
    private Long targetId;

    @Column(nullable = false, length = 16)
    private String outcome;

    @Column(nullable = false)
    private int consecutiveFailures;

    protected PollState() {
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getOutcome() {
        return outcome;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }
}
