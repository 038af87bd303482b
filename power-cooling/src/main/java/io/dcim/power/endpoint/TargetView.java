package io.dcim.power.endpoint;

import io.dcim.power.snmp.AuthProtocol;
import io.dcim.power.snmp.PrivProtocol;
import io.dcim.power.snmp.SnmpVersion;
import java.io.Serializable;
import java.time.Instant;

/**
 * A target as pages and the API show it: everything but the secrets (community, passphrases), which are
 * write-only. The v3 user and protocols are not secret and are shown so people can see what is configured.
 * A value, safe to keep in a page.
 */
public record TargetView(long id, int version, String name, String host, int port, SnmpVersion snmpVersion,
                         String v3User, AuthProtocol authProtocol, PrivProtocol privProtocol, String contextName,
                         String profileId, int intervalSeconds, int timeoutMs, int retries, boolean enabled,
                         long siteId, String siteName, Long roomId, String roomName, Long cabinetId,
                         String cabinetName, TargetRole role, Feed feed, Integer breakerRatingA, Instant createdAt,
                         Instant updatedAt) implements Serializable {

    static TargetView of(SnmpTarget t) {
        return new TargetView(t.getId(), t.getVersion(), t.getName(), t.getHost(), t.getPort(), t.getSnmpVersion(),
                t.getV3User(), t.getAuthProtocol(), t.getPrivProtocol(), t.getContextName(), t.getProfileId(),
                t.getIntervalSeconds(), t.getTimeoutMs(), t.getRetries(), t.isEnabled(), t.getSite().getId(),
                t.getSite().getName(), t.getRoom() == null ? null : t.getRoom().getId(),
                t.getRoom() == null ? null : t.getRoom().getName(),
                t.getCabinet() == null ? null : t.getCabinet().getId(),
                t.getCabinet() == null ? null : t.getCabinet().getName(), t.getRole(), t.getFeed(),
                t.getBreakerRatingA(), t.getCreatedAt(), t.getUpdatedAt());
    }

    /** {@code host:port}, with brackets around IPv6 literals. */
    public String endpoint() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
