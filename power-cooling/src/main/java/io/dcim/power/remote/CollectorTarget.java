package io.dcim.power.remote;


/**
 * A target as its collector receives it from {@code GET /collectors/self/targets}: where it is, how often and how
 * patiently to poll it, and its protocol's part with the credentials in clear. Only the collector's own token gets
 * these, over the API; {@link #toString()} masks them, so a log line never carries one.
 *
 * @param version the target's row version: another value means it was edited, so its back-off is forgotten
 */
public record CollectorTarget(long id, int version, String name, String protocol, String host, int port,
                              int intervalSeconds, int timeoutMs, int retries, Snmp snmp, Redfish redfish) {

    /**
     * SNMP: v1/v2c community or v3 user; the device profile by id, with its JSON document when it is one an admin
     * added (the collector's jar ships only the built-in ones).
     */
    public record Snmp(String snmpVersion, String community, String user, String authProtocol, String authPassphrase,
                       String privProtocol, String privPassphrase, String contextName, String profileId,
                       String profileDocument) {
        @Override
        public String toString() {
            return "Snmp[" + snmpVersion + ", user=" + user + ", profile=" + profileId + ", secrets ****]";
        }
    }

    /** Redfish: the BMC account, what to read, HTTPS or not and whether its self-signed certificate is trusted. */
    public record Redfish(String user, String password, String systemId, String chassisId, boolean tls,
                          boolean trustSelfSigned) {
        @Override
        public String toString() {
            return "Redfish[user=" + user + ", password ****, tls=" + tls + "]";
        }
    }
}
