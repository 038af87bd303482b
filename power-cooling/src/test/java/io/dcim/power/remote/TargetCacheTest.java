package io.dcim.power.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetCacheTest {

    private static final String TOKEN = "dcimc_k3yFr0mTh3C0ll3ct0rsT0k3n";

    @TempDir
    Path dir;

    private final List<CollectorTarget> targets = List.of(
            new CollectorTarget(7, 2, "pdu-hall-b-07", "SNMP", "10.20.0.7", 161, 30, 1_500, 1,
                    new CollectorTarget.Snmp("V3", null, "ops", "SHA", "auth-passphrase-7", "AES", "priv-passphrase-7",
                            null, "apc-rpdu2", null), null),
            new CollectorTarget(9, 0, "gpu-node-0009", "REDFISH", "10.20.1.9", 443, 30, 5_000, 0, null,
                    new CollectorTarget.Redfish("root", "bmc-password-9", "1", "1", true, true)));

    @Test
    void theListComesBackAsSavedWithTheSameToken() {
        Path file = dir.resolve("collector-targets.sealed");
        TargetCache.at(file, TOKEN).save(targets);

        assertThat(TargetCache.at(file, TOKEN).load()).as("a new instance, as after a restart").contains(targets);
    }

    @Test
    void nothingOfTheListIsInClearOnDiskAndOnlyItsOwnerMayReadIt() throws Exception {
        Path file = dir.resolve("collector-targets.sealed");
        TargetCache.at(file, TOKEN).save(targets);

        String onDisk = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(onDisk).doesNotContain("auth-passphrase-7", "priv-passphrase-7", "bmc-password-9", "pdu-hall-b-07",
                "10.20.0.7", TOKEN, "k3yFr0m");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactly("collector-targets.sealed");
        }
        assertThat(TargetCache.at(file, TOKEN).toString()).doesNotContain(TOKEN);
    }

    @Test
    void anotherTokenOrAnAlteredFileOpensNothing() throws Exception {
        Path file = dir.resolve("collector-targets.sealed");
        TargetCache.at(file, TOKEN).save(targets);

        assertThat(TargetCache.at(file, TOKEN + "x").load()).as("a new token cannot open the old list").isEmpty();

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 20] ^= 1;
        Files.write(file, bytes);
        assertThat(TargetCache.at(file, TOKEN).load()).as("an altered file is refused by its tag").isEmpty();

        Files.writeString(file, "not a sealed list");
        assertThat(TargetCache.at(file, TOKEN).load()).isEmpty();
    }

    @Test
    void aNewListReplacesTheOldAndDeleteForgetsIt() {
        Path file = dir.resolve("collector-targets.sealed");
        TargetCache cache = TargetCache.at(file, TOKEN);
        assertThat(cache.load()).as("none saved yet").isEmpty();
        cache.save(targets);
        cache.save(targets.subList(1, 2));
        assertThat(cache.load()).contains(targets.subList(1, 2));

        cache.delete();
        assertThat(file).doesNotExist();
        assertThat(cache.load()).isEmpty();
    }

    @Test
    void twoSavesOfOneListDifferOnDisk() throws Exception {
        Path a = dir.resolve("a.sealed");
        Path b = dir.resolve("b.sealed");
        TargetCache.at(a, TOKEN).save(targets);
        TargetCache.at(b, TOKEN).save(targets);
        assertThat(Files.readAllBytes(a)).as("fresh salt and nonce each time").isNotEqualTo(Files.readAllBytes(b));
    }
}
