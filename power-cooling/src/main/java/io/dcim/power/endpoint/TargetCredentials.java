package io.dcim.power.endpoint;

import io.dcim.power.secret.Secret;
import io.dcim.power.snmp.AuthProtocol;
import io.dcim.power.snmp.PrivProtocol;

/**
 * Credentials as people enter them: a community for SNMP v1/v2c, or a v3 user with its protocols and
 * passphrases. The secrets are {@link Secret}s, so this prints as {@code ****} wherever it is logged.
 * Which fields are needed depends on the target's SNMP version; {@link TargetService} checks them.
 */
public record TargetCredentials(Secret community, String user, AuthProtocol authProtocol, Secret authPassphrase,
                                PrivProtocol privProtocol, Secret privPassphrase, String contextName) {

    public static TargetCredentials community(String community) {
        return new TargetCredentials(secret(community), null, null, null, null, null, null);
    }

    public static TargetCredentials usm(String user, AuthProtocol auth, String authPassphrase, PrivProtocol priv,
                                        String privPassphrase, String contextName) {
        return new TargetCredentials(null, user, auth, secret(authPassphrase), priv, secret(privPassphrase),
                contextName);
    }

    private static Secret secret(String value) {
        return value == null ? null : Secret.of(value);
    }
}
