package io.dcim.common.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import org.junit.jupiter.api.Test;

class FieldsTest {

    @Test
    void controlCharactersAreRefusedNamingTheFieldAndMultiLineFieldsKeepTabAndLineBreaks() {
        assertThatThrownBy(() -> Fields.refuseControlCharacters("assetTag", "IM\u0000-1", false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("assetTag: contains the control character U+0000 at position 3; remove it");
        assertThatThrownBy(() -> Fields.refuseControlCharacters("name", "a\tb", false)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Fields.refuseControlCharacters("notes", "a\u009bb", true)).isInstanceOf(InvalidValueException.class);
        assertThat(Fields.refuseControlCharacters("notes", "line 1\r\nline 2\tindented", true)).contains("line 2");
        assertThatThrownBy(() -> Fields.optional("serial", "SN\u00001", 64))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("serial: ");
        assertThat(Fields.optional("name", " 机柜 A07 ", 64)).isEqualTo("机柜 A07");
    }

    @Test
    void messagesQuoteAtMostAShortExcerptOfTheInput() {
        String huge = "p".repeat(5_000_000);
        String message = Fields.excerptQuoted("profileId: unknown device profile '" + huge + "'; one of apc-rpdu2, ups-mib");
        assertThat(message).isEqualTo("profileId: unknown device profile '" + "p".repeat(Fields.EXCERPT_LENGTH)
                + "…'; one of apc-rpdu2, ups-mib");
        assertThat(Fields.excerptQuoted("size: 'abc' is not a number")).isEqualTo("size: 'abc' is not a number");
        assertThat(Fields.excerpt("a\u0000b")).isEqualTo("aU+0000b");
        assertThat(Fields.excerptQuoted("x".repeat(10_000))).hasSize(Fields.MESSAGE_LENGTH + 1);
    }
}
