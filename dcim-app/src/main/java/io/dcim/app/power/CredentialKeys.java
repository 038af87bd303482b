package io.dcim.app.power;

import io.dcim.power.secret.CredentialCipher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that encrypts stored SNMP credentials: {@code DCIM_SECRET_KEY} when configured,
 * otherwise a key generated once into the data directory (readable by its owner only), so that
 * the embedded default needs no configuration and credentials survive restarts. The key itself
 * is never logged.
 */
public final class CredentialKeys {

    private static final Logger log = LoggerFactory.getLogger(CredentialKeys.class);
    static final String FILE = "credential.key";

    private CredentialKeys() {
    }

    public static CredentialCipher cipher(String configuredKey, Path dataDir) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            return CredentialCipher.fromBase64Key(configuredKey);
        }
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return CredentialCipher.fromBase64Key(Files.readString(file, StandardCharsets.US_ASCII));
            }
            Files.createDirectories(dataDir);
            Files.writeString(file, CredentialCipher.generateBase64Key(), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.warn("Could not restrict {} to its owner on this file system", file);
            }
            log.warn("Generated the key that encrypts stored SNMP credentials in {}: back it up with the database,"
                    + " or set DCIM_SECRET_KEY", file);
            return CredentialCipher.fromBase64Key(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("the credential key file " + file + " cannot be read or written", e);
        }
    }
}
