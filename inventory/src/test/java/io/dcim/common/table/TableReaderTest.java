package io.dcim.common.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
    void refusesAnEmptyFileAndABrokenWorkbookWithoutPoisOwnWords() {
        assertThatThrownBy(() -> reader.read(new byte[0])).hasMessage("file: is empty");
        byte[] notAWorkbook = {'P', 'K', 3, 4, 0, 0, 0};
        assertThatThrownBy(() -> reader.read(notAWorkbook)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("file: is not a readable XLSX workbook")
                .message().doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("bugzilla")
                .doesNotContain("poi").doesNotContain("Zip");
    }

    @Test
    void aChineseCsvSavedByExcelInGb18030IsReadAsChinese() throws IOException {
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("devices-gb18030.csv")) {
            file = in.readAllBytes();
        }

        Table table = reader.read(file);

        assertThat(table.rows()).extracting(r -> r.get("name") + "|" + r.get("notes"))
                .containsExactly("训练节点一号|内蒙古数据中心 二号楼", "推理服务器|“已验收”");
        assertThat(table.rows()).allSatisfy(r -> assertThat(r.cells().values()).noneMatch(v -> v.contains("\uFFFD")));
    }

    @Test
    void utf8WithAndWithoutByteOrderMarkStaysUtf8() {
        String csv = "name\n训练节点\n";

        assertThat(reader.read(csv.getBytes(StandardCharsets.UTF_8)).rows().get(0).get("name")).isEqualTo("训练节点");
        assertThat(reader.read(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8)).rows().get(0).get("name"))
                .isEqualTo("训练节点");
    }

    @Test
    void textThatIsNeitherUtf8NorGb18030IsRefusedRatherThanStoredAsMojibake() {
        byte[] neither = {'n', 'a', 'm', 'e', '\n', (byte) 0x81, (byte) 0x30, '\n'};

        assertThatThrownBy(() -> reader.read(neither)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("neither UTF-8 nor GB18030");
    }

    @Test
    void aBrokenQuoteIsNamedByLineAndColumnNotByTheParser() {
        String unclosed = "asset_tag,notes\nIM-1,fine\nIM-2,\"never closed\nIM-3,x\n";
        String textAfterQuote = "asset_tag,notes\nIM-1,\"says\"hi\nIM-2,x\n";

        assertThatThrownBy(() -> reader.read(unclosed.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("file: line 3, column 2 (notes): a quoted cell is never closed; a closing \" is missing")
                .satisfies(e -> assertThat(((InvalidValueException) e).reason(java.util.Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("第 3 行，第 2 列（notes）：带引号的单元格没有闭合，缺少结尾的 \""));
        assertThatThrownBy(() -> reader.read(textAfterQuote.getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("file: line 2, column 2 (notes): text follows the closing quote")
                .message().doesNotContainIgnoringCase("exception");
    }

    @Test
    void whatTheCsvWriterDefusedReadsBackAsItWas() {
        List<String> risky = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "'=already quoted", "-5", "plain");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.open(TableFormat.CSV, out)) {
            writer.header(List.of("a", "b", "c", "d"));
            writer.row(risky);
        }

        Table table = reader.read(out.toByteArray());

        assertThat(table.rows().get(0).cells().values()).containsExactlyElementsOf(risky);
    }

    @Test
    void anXlsxSheetIsReadAsAStreamAndStopsAtTheRowCap() throws IOException {
        byte[] workbook = Workbooks.rows(5_000, r -> List.of("IM-" + r, "SN-" + r));

        assertThatThrownBy(() -> reader.read(workbook)).isInstanceOf(InvalidValueException.class)
                .hasMessage("file: has more than 3 rows; split it into several files");
    }

    @Test
    void datesInAnyDisplayFormatComeBackAsIsoDates() throws IOException {
        byte[] workbook = Workbooks.withDate("m/d/yy", LocalDate.of(2024, 5, 15));

        assertThat(reader.read(workbook).rows().get(0).get("since")).isEqualTo("2024-05-15");
    }

    @Test
    void aWorkbookWhoseSheetExpandsLikeAZipBombIsRefused() throws IOException {
        byte[] valid = Workbooks.rows(1, r -> List.of("IM-1", "SN-1"));
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><!--" + " ".repeat(50_000_000) + "-->"
                + "</sheetData></worksheet>";
        byte[] bomb = Workbooks.replacing(valid, "xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(bomb)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void aCellLongerThanASpreadsheetAllowsStopsTheRead() throws IOException {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>asset_tag</t></is></c></row><row r=\"2\">"
                + "<c r=\"A2\" t=\"inlineStr\"><is><t>" + "x".repeat(40_000) + "</t></is></c></row></sheetData></worksheet>";
        byte[] workbook = Workbooks.replacing(Workbooks.rows(1, r -> List.of("IM-1", "SN-1")), "xl/worksheets/sheet1.xml",
                sheet.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(workbook)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("longer than 32767 characters");
    }
}
