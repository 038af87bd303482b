package io.dcim.common.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StreamedSharedStringsTest {

    private static final String SST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"4\" uniqueCount=\"4\">"
            + "<si><t>plain</t></si>"
            + "<si><r><rPr><b/></rPr><t>ri</t></r><r><t xml:space=\"preserve\">ch </t></r></si>"
            + "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh></si>"
            + "<si><t>last</t></si></sst>";

    @Test
    void readsPlainRichAndPhoneticItemsOnlyAsFarAsAsked() {
        StreamedSharedStrings strings = new StreamedSharedStrings(
                new ByteArrayInputStream(SST.getBytes(StandardCharsets.UTF_8)));

        assertThat(strings.getItemAt(0).getString()).isEqualTo("plain");
        assertThat(strings.getCount()).as("nothing read beyond the item asked for").isEqualTo(1);
        assertThat(strings.getItemAt(2).getString()).isEqualTo("漢字");
        assertThat(strings.getItemAt(1).getString()).isEqualTo("rich ");
        assertThat(strings.getCount()).isEqualTo(3);
        assertThatThrownBy(() -> strings.getItemAt(4)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("refer to text it does not hold");
    }
}
