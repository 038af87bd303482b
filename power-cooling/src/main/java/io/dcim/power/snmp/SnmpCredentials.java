package io.dcim.power.snmp;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.power.collect.Credentials;
import io.dcim.power.collect.Protocol;
import io.dcim.power.secret.Secret;

import java.util.Objects;

/** How to authenticate to one agent. Secrets print as {@code ****}. */
public sealed interface SnmpCredentials extends Credentials {

    @Override
    default Protocol protocol() {
        return Protocol.SNMP;
    }

    SnmpVersion version();

    /** The part of the credentials that selects a device behind a shared address (community or context). */
    String selector();

    static SnmpCredentials v1(String community) {
        return new Community(SnmpVersion.V1, Secret.of(community));
    }

    static SnmpCredentials v2c(String community) {
        return new Community(SnmpVersion.V2C, Secret.of(community));
    }

    /** SNMPv1/v2c community-based access. */
    record Community(SnmpVersion version, Secret community) implements SnmpCredentials {
        public Community {
            Objects.requireNonNull(version, "version");
            if (version == SnmpVersion.V3) {
                throw new InvalidValueException("credentials.version", Message.of("power.credentials.communityVersion"));
            }
            if (community == null || community.isEmpty()) {
                throw new InvalidValueException("credentials.community", Message.of("power.field.notEmpty"));
            }
        }

        @Override
        public String selector() {
            return "c:" + Integer.toHexString(community.hashCode());
        }
    }

    /** SNMPv3 user-based security; the context name selects a device behind a proxy or simulator. */
    record Usm(String user, AuthProtocol auth, Secret authPassphrase, PrivProtocol priv, Secret privPassphrase,
               String contextName) implements SnmpCredentials {
        public Usm {
            if (user == null || user.isBlank()) {
                throw new InvalidValueException("credentials.user", Message.of("power.field.notEmpty"));
            }
            auth = auth == null ? AuthProtocol.NONE : auth;
            priv = priv == null ? PrivProtocol.NONE : priv;
            contextName = contextName == null ? "" : contextName;
            if (auth != AuthProtocol.NONE && (authPassphrase == null || authPassphrase.reveal().length() < 8)) {
                throw new InvalidValueException("credentials.authPassphrase", Message.of("power.credentials.passphraseLength"));
            }
            if (priv != PrivProtocol.NONE) {
                if (auth == AuthProtocol.NONE) {
                    throw new InvalidValueException("credentials.priv", Message.of("power.credentials.privacyNeedsAuth"));
                }
                if (privPassphrase == null || privPassphrase.reveal().length() < 8) {
                    throw new InvalidValueException("credentials.privPassphrase", Message.of("power.credentials.passphraseLength"));
                }
            }
        }

        @Override
        public SnmpVersion version() {
            return SnmpVersion.V3;
        }

        @Override
        public String selector() {
            return "u:" + user + "/" + contextName;
        }

        public int securityLevel() {
            if (auth == AuthProtocol.NONE) {
                return org.snmp4j.security.SecurityLevel.NOAUTH_NOPRIV;
            }
            return priv == PrivProtocol.NONE ? org.snmp4j.security.SecurityLevel.AUTH_NOPRIV
                    : org.snmp4j.security.SecurityLevel.AUTH_PRIV;
        }
    }
}
