package io.dcim.power.endpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.power.redfish.RedfishCredentials;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.power.secret.Secret;
import io.dcim.power.snmp.AuthProtocol;
import io.dcim.power.snmp.PrivProtocol;
import io.dcim.power.snmp.SnmpCredentials;
import io.dcim.power.snmp.SnmpVersion;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.dcim.common.text.Fields.optional;

/**
 * Checks credentials against the SNMP version, naming the field at fault, and seals the secrets of a target
 * into one ciphertext: a small JSON object ({@code community}, or {@code auth} and {@code priv}) encrypted
 * as a whole, so the column holds one value whatever the version and nothing secret is ever stored plain.
 */
final class CredentialSealer {

    /** RFC 3414: a passphrase shorter than 8 characters gives weak keys; agents refuse it. */
    private static final int MIN_PASSPHRASE = 8;
    /** SnmpAdminString (SIZE(1..32)) for usmUserName and contextName. */
    private static final int MAX_ADMIN_STRING = 32;
    private static final int MAX_SECRET = 128;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CredentialCipher cipher;

    CredentialSealer(CredentialCipher cipher) {
        this.cipher = cipher;
    }

    SealedCredentials seal(SnmpVersion version, TargetCredentials given) {
        if (version == null) {
            throw new InvalidValueException("snmpVersion", Message.of("power.credentials.versionRequired"));
        }
        if (given == null) {
            // Named after the API's own field that is missing, not after an internal grouping.
            throw new InvalidValueException(credentialField(version), version == SnmpVersion.V3
                    ? Message.of("power.credentials.requiredForV3") : Message.of("power.credentials.requiredFor",
                    "SNMP " + version));
        }
        return version == SnmpVersion.V3 ? sealUsm(given) : sealCommunity(version, given);
    }

    private SealedCredentials sealCommunity(SnmpVersion version, TargetCredentials given) {
        String community = secret("community", given.community(), 1, "SNMP " + version);
        return new SealedCredentials(version, null, null, null, null, encrypt(Map.of("community", community)));
    }

    private SealedCredentials sealUsm(TargetCredentials given) {
        String user = optional("user", given.user(), MAX_ADMIN_STRING);
        if (user == null) {
            throw new InvalidValueException("user", Message.of("power.credentials.requiredForV3"));
        }
        AuthProtocol auth = given.authProtocol();
        PrivProtocol priv = given.privProtocol();
        if (auth == null) {
            throw new InvalidValueException("authProtocol", Message.of("power.credentials.authRequired"));
        }
        if (priv == null) {
            throw new InvalidValueException("privProtocol", Message.of("power.credentials.privRequired"));
        }
        if (priv != PrivProtocol.NONE && auth == AuthProtocol.NONE) {
            throw new InvalidValueException("privProtocol", Message.of("power.credentials.privNeedsAuth", priv));
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        if (auth != AuthProtocol.NONE) {
            secrets.put("auth", secret("authPassphrase", given.authPassphrase(), MIN_PASSPHRASE, auth.toString()));
        }
        if (priv != PrivProtocol.NONE) {
            secrets.put("priv", secret("privPassphrase", given.privPassphrase(), MIN_PASSPHRASE, priv.toString()));
        }
        String context = optional("contextName", given.contextName(), MAX_ADMIN_STRING);
        return new SealedCredentials(SnmpVersion.V3, user, auth, priv, context, encrypt(secrets));
    }

    /**
     * The field of the API (and of the form) that carries the credentials of a version: the community for v1
     * and v2c, the user for v3. Refusals about missing credentials name it.
     */
    static String credentialField(SnmpVersion version) {
        return version == SnmpVersion.V3 ? "user" : "community";
    }

    /** The credentials the poller needs, decrypted. */
    SnmpCredentials open(SealedCredentials sealed) {
        Map<String, String> secrets = decrypt(sealed.ciphertext());
        return switch (sealed.version()) {
            case V1 -> SnmpCredentials.v1(secrets.get("community"));
            case V2C -> SnmpCredentials.v2c(secrets.get("community"));
            case V3 -> new SnmpCredentials.Usm(sealed.v3User(), sealed.authProtocol(), secretOrNull(secrets.get("auth")),
                    sealed.privProtocol(), secretOrNull(secrets.get("priv")), sealed.contextName());
        };
    }

    /** A BMC password, sealed as SNMP secrets are (one JSON object, encrypted as a whole). */
    String sealRedfishPassword(Secret password) {
        return encrypt(Map.of("password", secret("password", password, 1, "Redfish")));
    }

    /** The account the Redfish collector logs in with, decrypted. */
    RedfishCredentials openRedfish(String user, String ciphertext) {
        return RedfishCredentials.of(user, decrypt(ciphertext).get("password"));
    }

    /** @param usedBy what needs the secret, a code people know ("SNMP V2C", "SHA", "AES") */
    private static String secret(String field, Secret value, int minLength, String usedBy) {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException(field, Message.of("power.credentials.requiredFor", usedBy));
        }
        String text = value.reveal();
        if (text.length() < minLength) {
            throw new InvalidValueException(field, Message.of("power.credentials.tooShortFor", minLength, usedBy));
        }
        if (text.length() > MAX_SECRET) {
            throw new InvalidValueException(field, Message.of("power.credentials.tooLong", MAX_SECRET));
        }
        return text;
    }

    private String encrypt(Map<String, String> secrets) {
        try {
            return cipher.encrypt(Secret.of(JSON.writeValueAsString(secrets)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode credentials", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> decrypt(String ciphertext) {
        try {
            return JSON.readValue(cipher.decrypt(ciphertext).reveal(), Map.class);
        } catch (JsonProcessingException e) {
            // Not chained: the parser's message may quote the decrypted text.
            throw new IllegalStateException("stored credentials are not in the expected form");
        }
    }

    private static Secret secretOrNull(String value) {
        return value == null ? null : Secret.of(value);
    }

    @Override
    public String toString() {
        return "CredentialSealer[" + cipher + "]";
    }
}
