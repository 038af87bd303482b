package io.dcim.common.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableReaderTest {

    private final TableReader reader = new TableReader(3);

    @Test
    void readsExcelsCsvWithByteOrderMarkQuotesAndBlankLines() {
        String csv = "\uFEFFAsset Tag,Notes\r\nIM-1,\"two, parts\"\r\n\r\nIM-2,\"says \"\"hi\"\"\"\r\n";

        Table table = reader.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(table.columns()).containsExactly("asset_tag", "notes");
        assertThat(table.rows()).extracting(r -> r.line() + ":" + r.get("asset_tag") + ":" + r.get("notes"))
                .containsExactly("2:IM-1:two, parts", "4:IM-2:says \"hi\"");
    }

    @Test
    void readsBackWhatTheXlsxWriterWrote() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.open(TableFormat.XLSX, out)) {
            writer.header(List.of("name", "position_u", "since"));
            writer.row(Arrays.asList("A01", 42, LocalDate.of(2024, 5, 15)));
            writer.row(Arrays.asList("A02", null, null));
        }

        Table table = reader.read(out.toByteArray());

        assertThat(table.rows()).extracting(r -> r.line() + ":" + r.get("name") + ":" + r.get("position_u") + ":" + r.get("since"))
                .containsExactly("2:A01:42:2024-05-15", "3:A02:null:null");
    }

    @Test
    void refusesMoreRowsThanTheLimitNamingTheFile() {
        byte[] csv = "a\n1\n2\n3\n4\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(csv)).isInstanceOf(InvalidValueException.class)
                .hasMessage("file: has more than 3 rows; split it into several files");
    }

    @Test
    void refusesAnEmptyFileAndABrokenWorkbook() {
        assertThatThrownBy(() -> reader.read(new byte[0])).hasMessage("file: is empty");
        byte[] notAWorkbook = {'P', 'K', 3, 4, 0, 0, 0};
        assertThatThrownBy(() -> reader.read(notAWorkbook)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("file: is not a readable XLSX workbook");
    }
}
