package io.dcim.power.endpoint;

import java.io.Serializable;
import java.time.Instant;

/**
 * A BMC's Redfish endpoint as pages and the API show it: everything but the password, which is write-only.
 * A value, safe to keep in a page.
 */
public record RedfishTargetView(long id, int version, String name, String host, int port, boolean tls,
                                boolean trustSelfSigned, String user, String systemId, String chassisId,
                                int intervalSeconds, int timeoutMs, int retries, boolean enabled, Long deviceId,
                                long siteId, Long cabinetId, Instant createdAt, Instant updatedAt)
        implements Serializable {

    static RedfishTargetView of(SnmpTarget t) {
        return new RedfishTargetView(t.getId(), t.getVersion(), t.getName(), t.getHost(), t.getPort(), t.isTls(),
                t.isTrustSelfSigned(), t.getRedfishUser(), t.getSystemId(), t.getChassisId(), t.getIntervalSeconds(),
                t.getTimeoutMs(), t.getRetries(), t.isEnabled(), t.getDeviceId(), t.getSite().getId(),
                t.getCabinet() == null ? null : t.getCabinet().getId(), t.getCreatedAt(), t.getUpdatedAt());
    }

    /** {@code https://host:port}, with brackets around IPv6 literals. */
    public String endpoint() {
        return (tls ? "https://" : "http://") + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
