package io.dcim.identity.user;

import io.dcim.common.persistence.VersionedEntity;
import io.dcim.identity.role.Role;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who signs in to the console (or calls the API with their credentials or tokens). */
@Entity
@Table(name = "user_account")
public class UserAccount extends VersionedEntity {

    private String username;
    private String usernameKey;
    private String displayName;
    private String passwordHash;
    /** Comma-separated {@link Role} names. */
    private String roles;
    private boolean enabled;
    private int failedAttempts;
    private Instant lockedUntil;
    private Instant lastLoginAt;
    private Instant createdAt;
    /** Raised when the password changes or the user is disabled: sessions made before it end. */
    private int credentialStamp;
    /** The console language the user chose ({@link Language#tag()}), null to follow the browser. */
    private String language;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.usernameKey = key(username);
        this.passwordHash = passwordHash;
        setRoles(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public boolean isEnabled() { return enabled; }
    void setEnabled(boolean enabled) {
        if (this.enabled && !enabled) {
            credentialStamp++;
        }
        this.enabled = enabled;
    }
    int getCredentialStamp() { return credentialStamp; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public Instant getCreatedAt() { return createdAt; }

    public Set<Role> getRoles() {
        return roles(roles);
    }

    /** The roles held in the column's comma-separated form. */
    static Set<Role> roles(String roles) {
        if (roles == null || roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    String getPasswordHash() { return passwordHash; }
    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        credentialStamp++;
    }
    public java.util.Optional<Language> getLanguage() { return Language.ofTag(language); }
    void setLanguage(Language language) { this.language = language == null ? null : language.tag(); }
    int getFailedAttempts() { return failedAttempts; }
    Instant getLockedUntil() { return lockedUntil; }

}
