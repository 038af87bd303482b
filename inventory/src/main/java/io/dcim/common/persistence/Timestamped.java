package io.dcim.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * When a row was written first and last, stamped by Hibernate. The stamps are bookkeeping, not history:
 * Envers audits no property of a mapped superclass that is not itself audited, so an audited entity's
 * history rows carry no stamps, as when each entity marked its own stamps not audited.
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
