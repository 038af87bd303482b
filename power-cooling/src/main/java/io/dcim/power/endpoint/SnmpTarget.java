package io.dcim.power.endpoint;

import io.dcim.common.persistence.TimestampedEntity;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.Site;
import io.dcim.power.collect.Protocol;
import io.dcim.power.snmp.AuthProtocol;
import io.dcim.power.snmp.PrivProtocol;
import io.dcim.power.snmp.SnmpVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An endpoint the sweep reads, by its {@link Protocol}: an SNMP agent or a server's BMC over Redfish (the table
 * keeps its first name). An SNMP agent the poller reads: where it is on the network, how to authenticate, which device profile
 * interprets it, how often to poll, and where it is in the site (for power maps and per-feed totals).
 *
 * <p>A Redfish endpoint has no SNMP version or profile: it has a BMC user (shown) and password (sealed like SNMP
 * secrets), HTTPS or HTTP and whether its self-signed certificate is trusted, the system and chassis to read
 * (null: the BMC's only one), and the device (GPU server) whose power it reports.
 *
 * <p>Credentials are write-only. The secrets are kept only as ciphertext, which has no public getter and
 * stays out of {@link #toString()}; changes go through {@link TargetService}, which validates and encrypts.
 */
@Entity
@Table(name = "snmp_target")
public class SnmpTarget extends TimestampedEntity {

    public static final int DEFAULT_PORT = 161;
    public static final int DEFAULT_INTERVAL_S = 30;
    public static final int DEFAULT_TIMEOUT_MS = 2_000;
    public static final int DEFAULT_RETRIES = 1;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Protocol protocol = Protocol.SNMP;

    private String name;
    private String host;
    private int port = DEFAULT_PORT;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private SnmpVersion snmpVersion;
    @Column(name = "v3_user")
    private String v3User;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AuthProtocol authProtocol;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private PrivProtocol privProtocol;
    private String contextName;
    private String credentialsCiphertext;

    private String redfishUser;
    private String systemId;
    private String chassisId;
    private Boolean tls;
    private boolean trustSelfSigned;
    /** The inventory device this endpoint reports on (a Redfish BMC's server), by id. */
    private Long deviceId;

    /** The remote collector chosen to poll this target (null: central, or its site's whole-site collector). */
    @Column(insertable = false, updatable = false)
    private Long collectorId;

    private String profileId;
    @Column(name = "interval_s")
    private int intervalSeconds = DEFAULT_INTERVAL_S;
    private int timeoutMs = DEFAULT_TIMEOUT_MS;
    private int retries = DEFAULT_RETRIES;
    private boolean enabled = true;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Site site;
    @ManyToOne(fetch = FetchType.LAZY)
    private Room room;
    @ManyToOne(fetch = FetchType.LAZY)
    private Cabinet cabinet;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private TargetRole role;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Feed feed;
    @Column(name = "breaker_rating_a")
    private Integer breakerRatingA;

    protected SnmpTarget() {
    }

    SnmpTarget(Site site) {
        this.site = site;
    }

    public Protocol getProtocol() { return protocol; }
    public String getName() { return name; }
    public String getHost() { return host; }
    public int getPort() { return port; }
    public SnmpVersion getSnmpVersion() { return snmpVersion; }
    public String getV3User() { return v3User; }
    public AuthProtocol getAuthProtocol() { return authProtocol; }
    public PrivProtocol getPrivProtocol() { return privProtocol; }
    public String getContextName() { return contextName; }
    public String getProfileId() { return profileId; }
    public int getIntervalSeconds() { return intervalSeconds; }
    public int getTimeoutMs() { return timeoutMs; }
    public int getRetries() { return retries; }
    public boolean isEnabled() { return enabled; }
    public Site getSite() { return site; }
    public Room getRoom() { return room; }
    public Cabinet getCabinet() { return cabinet; }
    public TargetRole getRole() { return role; }
    public Feed getFeed() { return feed; }
    public Integer getBreakerRatingA() { return breakerRatingA; }
    public String getRedfishUser() { return redfishUser; }
    public String getSystemId() { return systemId; }
    public String getChassisId() { return chassisId; }
    public boolean isTls() { return tls != null && tls; }
    public boolean isTrustSelfSigned() { return trustSelfSigned; }
    public Long getDeviceId() { return deviceId; }
    public Long getCollectorId() { return collectorId; }

    /** Only the service reads the sealed credentials, to decrypt them for the poller. */
    String credentialsCiphertext() { return credentialsCiphertext; }

    void setName(String name) { this.name = name; }
    void setEndpoint(String host, int port) {
        this.host = host;
        this.port = port;
    }
    void setPolling(String profileId, int intervalSeconds, int timeoutMs, int retries, boolean enabled) {
        this.profileId = profileId;
        this.intervalSeconds = intervalSeconds;
        this.timeoutMs = timeoutMs;
        this.retries = retries;
        this.enabled = enabled;
    }
    void setPlace(Site site, Room room, Cabinet cabinet) {
        this.site = site;
        this.room = room;
        this.cabinet = cabinet;
    }
    void setPower(TargetRole role, Feed feed, Integer breakerRatingA) {
        this.role = role;
        this.feed = feed;
        this.breakerRatingA = breakerRatingA;
    }
    void setCredentials(SealedCredentials sealed) {
        this.snmpVersion = sealed.version();
        this.v3User = sealed.v3User();
        this.authProtocol = sealed.authProtocol();
        this.privProtocol = sealed.privProtocol();
        this.contextName = sealed.contextName();
        this.credentialsCiphertext = sealed.ciphertext();
    }
    /** Makes this a Redfish endpoint: its account (password sealed), how it is reached and what it reports on. */
    void setRedfish(String user, String ciphertext, boolean tls, boolean trustSelfSigned, String systemId,
                    String chassisId, long deviceId) {
        this.protocol = Protocol.REDFISH;
        this.snmpVersion = null;
        this.v3User = null;
        this.authProtocol = null;
        this.privProtocol = null;
        this.contextName = null;
        this.profileId = null;
        this.redfishUser = user;
        this.credentialsCiphertext = ciphertext;
        this.tls = tls;
        this.trustSelfSigned = trustSelfSigned;
        this.systemId = systemId;
        this.chassisId = chassisId;
        this.deviceId = deviceId;
    }
    SealedCredentials sealedCredentials() {
        return new SealedCredentials(snmpVersion, v3User, authProtocol, privProtocol, contextName, credentialsCiphertext);
    }

    @Override
    public String toString() {
        return "SnmpTarget[id=" + getId() + ", " + protocol + ", name=" + name + ", " + host + ":" + port + ", " + snmpVersion
                + ", profile=" + profileId + ", credentials ****]";
    }
}
