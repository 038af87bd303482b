package io.dcim.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void aPageWhoseOffsetWouldOverflowIsRefusedNamingPage() {
        assertThatThrownBy(() -> new PageRequest(Integer.MAX_VALUE, 1000, "name", true))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("page"));
        PageRequest last = new PageRequest(Integer.MAX_VALUE / 1000, 1000, "name", true);
        assertThat(last.offset()).isPositive();
        assertThat(new PageRequest(Integer.MAX_VALUE, 1, "name", true).offset()).isEqualTo(Integer.MAX_VALUE);
    }
}
