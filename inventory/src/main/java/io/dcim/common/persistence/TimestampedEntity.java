package io.dcim.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A {@link VersionedEntity} whose rows carry when they were written first and last, stamped by Hibernate: the
 * main objects people keep (sites, cabinets, devices, targets, requests, orders, assets …). The stamps are
 * bookkeeping, not history, as in {@link Timestamped}, which serves the entities numbered otherwise.
 */
@MappedSuperclass
public abstract class TimestampedEntity extends VersionedEntity {

    @CreationTimestamp
    @Column(updatable = false)
    private Instant createdAt;
    @UpdateTimestamp
    private Instant updatedAt;

    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
