package io.dcim.power.secret;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts SNMP credentials for storage with AES-256-GCM. Each value gets a fresh random 96-bit nonce, so
 * equal community strings do not produce equal ciphertexts; the GCM tag makes tampering detectable.
 * <p>Stored form: {@code v1:} + base64(nonce || ciphertext+tag). The prefix lets a later key rotation or
 * algorithm change coexist with existing rows.
 */
public final class CredentialCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String KEY_FIELD = "credential.key";

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private CredentialCipher(byte[] keyBytes) {
        this.key = new SecretKeySpec(keyBytes, "AES");
    }

    /** @param base64Key 32 random bytes, base64 encoded (from configuration, never from the database) */
    public static CredentialCipher fromBase64Key(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new InvalidValueException(KEY_FIELD, Message.of("power.credential.keyMissing"));
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(KEY_FIELD, Message.of("power.credential.notBase64"));
        }
        if (bytes.length != 32) {
            throw new InvalidValueException(KEY_FIELD, Message.of("power.credential.keyLength", bytes.length));
        }
        return new CredentialCipher(bytes);
    }

    /** A fresh random key in the configuration format, for installers and tests. */
    public static String generateBase64Key() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    public String encrypt(Secret secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.revealBytes());
            ByteBuffer out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed);
            return PREFIX + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    public Secret decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new InvalidValueException("credential", Message.of("power.credential.notSealed", PREFIX));
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("credential", Message.of("power.credential.notBase64"));
        }
        if (all.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new InvalidValueException("credential", Message.of("power.credential.tooShort"));
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return Secret.of(new String(plain, StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            throw new InvalidValueException("credential", Message.of("power.credential.undecryptable"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "CredentialCipher[AES-256-GCM, key ****]";
    }
}
