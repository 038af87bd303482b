package io.dcim.common.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import org.junit.jupiter.api.Test;

class TableFormatTest {

    @Test
    void anUnknownFormatIsNamedByAShortExcerptNotEchoedWhole() {
        assertThat(TableFormat.named("format", "XLSX")).isEqualTo(TableFormat.XLSX);
        assertThatThrownBy(() -> TableFormat.named("format", "p".repeat(100_000)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("format: 'ppp")
                .hasMessageEndingWith("…' is not a format; use csv or xlsx")
                .message().hasSizeLessThan(100);
    }
}
