package io.dcim.power.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A credential (community string, passphrase) that never prints itself: {@link #toString()} is {@code ****}
 * so a target or config object can be logged without leaking what it holds. Read it with {@link #reveal()}
 * only where the protocol needs the bytes.
 */
public final class Secret {

    private static final String MASK = "****";
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "secret value");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    public String reveal() {
        return value;
    }

    public byte[] revealBytes() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** Constant-time comparison, so equality checks do not leak the length of a common prefix. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Secret s && MessageDigest.isEqual(revealBytes(), s.revealBytes());
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return MASK;
    }
}
