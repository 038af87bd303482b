package io.dcim.inventory.reservation;

import io.dcim.common.persistence.VersionedEntity;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.tenant.Tenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * Cabinet space held for a tenant or a planned purchase until it expires or is released.
 * While active, its units count as used and no device may be placed in them.
 */
@Entity
@Audited
@Table(name = "reservation")
public class Reservation extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Cabinet cabinet;

    @Enumerated(EnumType.STRING)
    private ReservationScope scope;

    @Column(name = "position_u")
    private Integer positionU;

    @Column(name = "height_u")
    private Integer heightU;

    @ManyToOne(fetch = FetchType.LAZY)
    private Tenant tenant;

    private String purpose;

    private LocalDate expiresOn;

    @NotAudited
    @Column(updatable = false)
    private String createdBy;

    @NotAudited
    @Column(updatable = false)
    private Instant createdAt;

    private Instant releasedAt;

    private String releasedBy;

    /** When the "about to expire" event was recorded: once per reservation, and no new version for it. */
    @NotAudited
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private Instant expiryWarnedAt;

    protected Reservation() {
    }

    Reservation(Cabinet cabinet, ReservationScope scope, Integer positionU, Integer heightU, Tenant tenant, String purpose,
            LocalDate expiresOn, String createdBy, Instant createdAt) {
        this.cabinet = cabinet;
        this.scope = scope;
        this.positionU = positionU;
        this.heightU = heightU;
        this.tenant = tenant;
        this.purpose = purpose;
        this.expiresOn = expiresOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Cabinet getCabinet() { return cabinet; }
    public ReservationScope getScope() { return scope; }
    public Integer getPositionU() { return positionU; }
    public Integer getHeightU() { return heightU; }
    public Tenant getTenant() { return tenant; }
    public String getPurpose() { return purpose; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReleasedAt() { return releasedAt; }
    public String getReleasedBy() { return releasedBy; }

    /** The lowest reserved unit; a whole-cabinet reservation starts at U1. */
    public int bottomU() {
        return scope == ReservationScope.CABINET ? 1 : positionU;
    }

    /** The highest reserved unit; a whole-cabinet reservation reaches the top. */
    public int topU() {
        return scope == ReservationScope.CABINET ? cabinet.getHeightU() : positionU + heightU - 1;
    }

    /** Expiry dates are whole days; the day turns at midnight UTC wherever the server runs. */
    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
    }

    public boolean isActiveOn(LocalDate day) {
        return releasedAt == null && !expiresOn.isBefore(day);
    }

    /** Who or what the space is held for, for messages and pages. */
    public String holder() {
        return tenant != null ? tenant.getName() + " (" + purpose + ")" : purpose;
    }

    public Instant getExpiryWarnedAt() { return expiryWarnedAt; }

    void warnedOfExpiry(Instant at) {
        this.expiryWarnedAt = at;
    }

    void release(String by, Instant at) {
        this.releasedBy = by;
        this.releasedAt = at;
    }
}
