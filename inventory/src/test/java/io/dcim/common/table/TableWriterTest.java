package io.dcim.common.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWriterTest {

    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"open\")",
            "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR");

    @Test
    void csvCellsThatASpreadsheetWouldRunAreWrittenAsTextWhileNumbersStayNumbers() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.open(TableFormat.CSV, out)) {
            writer.header(List.of("a", "b", "c", "d", "e", "f", "g"));
            writer.row(FORMULAS);
            writer.row(List.of(-5, new BigDecimal("-1234.50"), -0.5, "plain", "a=b", "", "'quoted"));
        }

        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"open\"\")\",'=cmd|' /C calc'!A0,"
                + "'+1+1,'-2+3,'@SUM(A1),'\tTAB,\"'\rCR\"\r\n");
        assertThat(csv).endsWith("\r\n-5,-1234.50,-0.5,plain,a=b,,'quoted\r\n");
    }

    @Test
    void xlsxCellsAreWrittenAsTextNeverAsFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.open(TableFormat.XLSX, out)) {
            writer.header(List.of("a", "b", "c", "d", "e", "f", "g"));
            writer.row(FORMULAS);
            writer.row(List.of(-5));
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            for (int c = 0; c < FORMULAS.size(); c++) {
                assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(c).getStringCellValue()).isEqualTo(FORMULAS.get(c));
            }
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(0).getNumericCellValue()).isEqualTo(-5.0);
        }
    }
}
