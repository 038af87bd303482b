package io.dcim.power.endpoint;

import io.dcim.power.snmp.SnmpVersion;

/**
 * What people enter about a target, for creating or editing it. Null numbers take the defaults
 * (port 161, every 30 s, 2,000 ms timeout, 1 retry). {@code credentials} are required on create; on edit,
 * null keeps the stored ones (they are write-only, so a form never shows them to send back).
 * A null room is taken from the cabinet when one is given.
 */
public record TargetSpec(String name, String host, Integer port, SnmpVersion snmpVersion,
                         TargetCredentials credentials, String profileId, Integer intervalSeconds, Integer timeoutMs,
                         Integer retries, boolean enabled, Long siteId, Long roomId, Long cabinetId, TargetRole role,
                         Feed feed, Integer breakerRatingA) {

    /** A PDU polled with the defaults, as most targets are; adjust with the {@code with…} methods. */
    public static TargetSpec pdu(String name, String host, SnmpVersion version, TargetCredentials credentials,
                                 String profileId, long siteId, Long cabinetId, Feed feed) {
        return new TargetSpec(name, host, null, version, credentials, profileId, null, null, null, true, siteId, null,
                cabinetId, TargetRole.PDU, feed, null);
    }

    public TargetSpec withCredentials(SnmpVersion version, TargetCredentials newCredentials) {
        return new TargetSpec(name, host, port, version, newCredentials, profileId, intervalSeconds, timeoutMs, retries,
                enabled, siteId, roomId, cabinetId, role, feed, breakerRatingA);
    }

    public TargetSpec withEndpoint(String newHost, Integer newPort) {
        return new TargetSpec(name, newHost, newPort, snmpVersion, credentials, profileId, intervalSeconds, timeoutMs,
                retries, enabled, siteId, roomId, cabinetId, role, feed, breakerRatingA);
    }

    public TargetSpec withPolling(String newProfileId, Integer newIntervalSeconds, Integer newTimeoutMs,
                                  Integer newRetries, boolean newEnabled) {
        return new TargetSpec(name, host, port, snmpVersion, credentials, newProfileId, newIntervalSeconds,
                newTimeoutMs, newRetries, newEnabled, siteId, roomId, cabinetId, role, feed, breakerRatingA);
    }

    public TargetSpec withPlace(Long newSiteId, Long newRoomId, Long newCabinetId) {
        return new TargetSpec(name, host, port, snmpVersion, credentials, profileId, intervalSeconds, timeoutMs,
                retries, enabled, newSiteId, newRoomId, newCabinetId, role, feed, breakerRatingA);
    }

    public TargetSpec withPower(TargetRole newRole, Feed newFeed, Integer newBreakerRatingA) {
        return new TargetSpec(name, host, port, snmpVersion, credentials, profileId, intervalSeconds, timeoutMs,
                retries, enabled, siteId, roomId, cabinetId, newRole, newFeed, newBreakerRatingA);
    }

    public TargetSpec withName(String newName) {
        return new TargetSpec(newName, host, port, snmpVersion, credentials, profileId, intervalSeconds, timeoutMs,
                retries, enabled, siteId, roomId, cabinetId, role, feed, breakerRatingA);
    }
}
