package io.dcim.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * When a row was written first and last, stamped by Hibernate. The stamps are bookkeeping, not history:
 * Envers audits no property of a mapped superclass that is not itself audited, so an audited entity's
 * history rows carry no stamps, as when each entity marked its own stamps not audited. An entity numbered from its
 * own sequence extends {@link TimestampedEntity}, which carries the same stamps; this class serves those keyed
 * otherwise (asset class terms, by their class; price entries, from one sequence for four tables).
 */
@MappedSuperclass
public abstract class Timestamped {

    @CreationTimestamp
    @Column(updatable = false)
    private Instant createdAt;
    @UpdateTimestamp
    private Instant updatedAt;

    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
