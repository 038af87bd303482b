package io.dcim.power.endpoint;

import io.dcim.power.secret.Secret;

/**
 * What people enter about a server's BMC, to create or edit its Redfish endpoint. Null numbers take the
 * defaults (port 443 over HTTPS, 80 over HTTP; every 30 s; 3,000 ms per request; 1 retry); null {@code tls}
 * is HTTPS. The password is required on create; on edit, null keeps the stored one (it is write-only). Null
 * system and chassis ids read the BMC's only ones. The endpoint's site and cabinet are its device's.
 */
public record RedfishTargetSpec(String name, String host, Integer port, Boolean tls, boolean trustSelfSigned,
                                String user, Secret password, String systemId, String chassisId,
                                Integer intervalSeconds, Integer timeoutMs, Integer retries, boolean enabled,
                                Long deviceId) {

    /** A BMC over verified HTTPS, polled with the defaults. */
    public static RedfishTargetSpec of(String name, String host, String user, String password, long deviceId) {
        return new RedfishTargetSpec(name, host, null, true, false, user, password == null ? null : Secret.of(password),
                null, null, null, null, null, true, deviceId);
    }

    public RedfishTargetSpec withEndpoint(String newHost, Integer newPort, boolean newTls, boolean newTrust) {
        return new RedfishTargetSpec(name, newHost, newPort, newTls, newTrust, user, password, systemId, chassisId,
                intervalSeconds, timeoutMs, retries, enabled, deviceId);
    }

    public RedfishTargetSpec withIds(String newSystemId, String newChassisId) {
        return new RedfishTargetSpec(name, host, port, tls, trustSelfSigned, user, password, newSystemId, newChassisId,
                intervalSeconds, timeoutMs, retries, enabled, deviceId);
    }

    public RedfishTargetSpec withPolling(Integer newIntervalSeconds, Integer newTimeoutMs, Integer newRetries,
                                         boolean newEnabled) {
        return new RedfishTargetSpec(name, host, port, tls, trustSelfSigned, user, password, systemId, chassisId,
                newIntervalSeconds, newTimeoutMs, newRetries, newEnabled, deviceId);
    }

    public RedfishTargetSpec withAccount(String newUser, Secret newPassword) {
        return new RedfishTargetSpec(name, host, port, tls, trustSelfSigned, newUser, newPassword, systemId, chassisId,
                intervalSeconds, timeoutMs, retries, enabled, deviceId);
    }
}
