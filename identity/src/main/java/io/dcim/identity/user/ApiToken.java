package io.dcim.identity.user;

import io.dcim.common.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal API token: shown once when created, kept only as a digest. */
@Entity
@Table(name = "api_token")
public class ApiToken extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private UserAccount user;

    private String name;
    /** The first characters of the token, so that people can tell their tokens apart. */
    private String tokenPrefix;
    private String tokenDigest;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(UserAccount user, String name, String tokenPrefix, String tokenDigest, Instant createdAt) {
        this.user = user;
        this.name = name;
        this.tokenPrefix = tokenPrefix;
        this.tokenDigest = tokenDigest;
        this.createdAt = createdAt;
    }

    public UserAccount getUser() { return user; }
    public String getName() { return name; }
    public String getTokenPrefix() { return tokenPrefix; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public boolean isActive() { return revokedAt == null; }

    void revoke(Instant at) { this.revokedAt = at; }
    void used(Instant at) { this.lastUsedAt = at; }
}
