package io.dcim.power.remote;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collector's last target list on disk, so that a collector restarted while its link to the central is down
 * polls (and buffers) its site's targets instead of nothing. The list carries the targets' credentials, so the
 * file is sealed: AES-256-GCM under a key derived from the collector's token with HKDF-SHA256 (a fresh random salt
 * and nonce at every write), owner-only, written to a temporary file and moved over the old one. Nothing in clear
 * reaches the disk or the log; a token replaced on the central (a new token in the collector's settings) simply
 * cannot open the old file, which is then ignored until the central answers.
 *
 * <p>Why a key from the token rather than a key file beside it: the token is already the collector's one secret
 * (in a container secret or a file of the operator's choosing, never in the data folder), so copying the data
 * folder alone gives nobody the site's credentials.
 */
public final class TargetCache {

    private static final Logger log = LoggerFactory.getLogger(TargetCache.class);
    private static final byte[] MAGIC = "DCIMTC1\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INFO = "dcim collector target list v1".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path file;
    private final byte[] token;
    private final SecureRandom random = new SecureRandom();

    private TargetCache(Path file, String token) {
        this.file = file;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /** The sealed list in {@code file}, under a key derived from {@code token}. */
    public static TargetCache at(Path file, String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a target cache needs the collector's token");
        }
        return new TargetCache(file, token);
    }

    /** The list last saved with this token; empty when there is none, or it was sealed with another token. */
    public synchronized Optional<List<CollectorTarget>> load() {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (NoSuchFileException none) {
            return Optional.empty();
        } catch (IOException e) {
            log.warn("Cannot read the collector's last target list in {} ({}); it waits for the central", file,
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
        int head = MAGIC.length + SALT_BYTES + NONCE_BYTES;
        if (all.length < head + TAG_BITS / 8 || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            log.warn("The collector's last target list in {} is not one it wrote; ignored", file);
            return Optional.empty();
        }
        byte[] salt = Arrays.copyOfRange(all, MAGIC.length, MAGIC.length + SALT_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(salt),
                    new GCMParameterSpec(TAG_BITS, all, MAGIC.length + SALT_BYTES, NONCE_BYTES));
            cipher.updateAAD(all, 0, MAGIC.length + SALT_BYTES);
            byte[] plain = cipher.doFinal(all, head, all.length - head);
            try {
                return Optional.of(BatchCodec.targets(plain));
            } catch (java.io.UncheckedIOException unreadable) {
                // Opened with this token but not a list this version reads (written by another version): ignored.
                log.warn("The collector's last target list in {} is not one this version reads; ignored", file);
                return Optional.empty();
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (AEADBadTagException e) {
            log.warn("The collector's last target list in {} was sealed with another token (or altered); ignored",
                    file);
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM and HMAC-SHA256 are not available in this JVM", e);
        }
    }

    /** Replaces the list on disk (fsynced when this returns). A failure is logged: polling goes on without it. */
    public synchronized void save(List<CollectorTarget> targets) {
        byte[] plain = BatchCodec.write(targets);
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        byte[] sealed;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(salt), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] header = ByteBuffer.allocate(MAGIC.length + SALT_BYTES).put(MAGIC).put(salt).array();
            cipher.updateAAD(header);
            byte[] body = cipher.doFinal(plain);
            sealed = ByteBuffer.allocate(header.length + NONCE_BYTES + body.length).put(header).put(nonce).put(body)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM and HMAC-SHA256 are not available in this JVM", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            DurableFiles.replace(file, sealed, true);
        } catch (IOException e) {
            log.warn("Cannot keep the collector's target list in {} ({}): a restart while the link is down would"
                    + " poll nothing", file, e.getClass().getSimpleName());
        }
    }

    /** Forgets the list (the central refused the token: its credentials should not stay on disk). */
    public synchronized void delete() {
        try {
            if (Files.deleteIfExists(file)) {
                log.info("Deleted the collector's last target list in {}", file);
            }
        } catch (IOException e) {
            log.warn("Cannot delete the collector's last target list in {} ({})", file, e.getClass().getSimpleName());
        }
    }

    /** HKDF-SHA256 (RFC 5869) of the token with the file's salt: one 32-byte block of output is the AES key. */
    private SecretKeySpec key(byte[] salt) throws GeneralSecurityException {
        Mac extract = Mac.getInstance("HmacSHA256");
        extract.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = extract.doFinal(token);
        Mac expand = Mac.getInstance("HmacSHA256");
        expand.init(new SecretKeySpec(prk, "HmacSHA256"));
        expand.update(INFO);
        expand.update((byte) 1);
        byte[] okm = expand.doFinal();
        Arrays.fill(prk, (byte) 0);
        return new SecretKeySpec(okm, "AES");
    }

    @Override
    public String toString() {
        return "TargetCache[" + file + ", sealed]";
    }
}
