package io.dcim.power.secret;

import io.dcim.common.error.InvalidValueException;
import io.dcim.power.snmp.SnmpCredentials;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialCipherTest {

    private final CredentialCipher cipher = CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key());

    @Test
    void encryptsWithAFreshNonceAndDecryptsBack() {
        String a = cipher.encrypt(Secret.of("pdu-community-42"));
        String b = cipher.encrypt(Secret.of("pdu-community-42"));

        assertThat(a).startsWith("v1:").isNotEqualTo(b).doesNotContain("pdu-community-42");
        assertThat(cipher.decrypt(a).reveal()).isEqualTo("pdu-community-42");
        assertThat(cipher.decrypt(b)).isEqualTo(Secret.of("pdu-community-42"));
    }

    @Test
    void rejectsAlteredCiphertextAndTheWrongKey() {
        String stored = cipher.encrypt(Secret.of("priv-pass-5678"));
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(raw);
        CredentialCipher other = CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key());

        assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("altered");
        assertThatThrownBy(() -> other.decrypt(stored)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("wrong key");
    }

    @Test
    void rejectsAKeyThatIsNot32Bytes() {
        assertThatThrownBy(() -> CredentialCipher.fromBase64Key(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("credential.key").hasMessageContaining("32");
        assertThatThrownBy(() -> CredentialCipher.fromBase64Key("not base64!"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("base64");
    }

    @Test
    void aWrongKeyIsRefusedInEnglishForTheLogAndInChineseForPages() {
        assertThatThrownBy(() -> CredentialCipher.fromBase64Key(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("credential.key: must decode to 32 bytes (AES-256) but has 16");
                    assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("解码后必须为 32 字节（AES-256），实际为 16 字节");
                });
        assertThatThrownBy(() -> cipher.decrypt("plain text"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("credential: is not an encrypted credential (expected prefix v1:)");
                    assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("不是加密后的凭据（应以 v1: 开头）");
                });
    }

    @Test
    void secretsNeverPrintThemselvesNorDoTheCredentialsHoldingThem() {
        SnmpCredentials creds = SnmpCredentials.v2c("rack-17-secret");

        assertThat(Secret.of("rack-17-secret")).hasToString("****");
        assertThat(creds.toString()).doesNotContain("rack-17-secret").contains("****");
        assertThat(cipher.toString()).doesNotContain(cipher.encrypt(Secret.of("x")));
    }
}
