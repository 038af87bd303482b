package io.dcim.inventory.cable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkListWorkbookTest {

    private static final List<CheckFinding> FINDINGS = List.of(
            new CheckFinding(CheckOutcome.MISSING, "leaf-3", "p9", 9L, "L-129", "gpu-009", "ib3", null, null, 90L),
            new CheckFinding(CheckOutcome.MISWIRED, "gpu-001", "ib3", 7L, "L-123", "leaf-4", "7", "leaf-3", "7", 70L),
            new CheckFinding(CheckOutcome.UNEXPECTED, "leaf-3", "p4", null, null, null, null, "gpu-002", "ib2", null));

    @Test
    void eachFindingIsOneRowSayingWhatToDoInTheReadersLanguage() throws Exception {
        Sheet english = sheet(FINDINGS, Locale.ROOT);
        assertThat(english.getSheetName()).isEqualTo("Work list");
        assertThat(english.getRow(0).getCell(2).getStringCellValue()).isEqualTo("What to do");
        assertThat(english.getLastRowNum()).isEqualTo(3);
        assertThat(english.getRow(2).getCell(2).getStringCellValue())
                .startsWith("Re-patch cable L-123 from leaf-3 port 7 to leaf-4 port 7");
        assertThat(english.getRow(1).getCell(2).getStringCellValue()).startsWith("Check cable L-129 between leaf-3 port p9"
                + " and gpu-009 port ib3");
        assertThat(english.getRow(3).getCell(2).getStringCellValue()).contains("leaf-3 port p4 to gpu-002 port ib2");

        Sheet chinese = sheet(FINDINGS, Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese.getSheetName()).isEqualTo("整改清单");
        assertThat(chinese.getRow(0).getCell(2).getStringCellValue()).isEqualTo("处理方法");
        assertThat(chinese.getRow(2).getCell(1).getStringCellValue()).isEqualTo("接错");
        assertThat(chinese.getRow(2).getCell(2).getStringCellValue())
                .startsWith("将线缆 L-123 从 leaf-3 端口 7 改插到 leaf-4 端口 7");
    }

    @Test
    void aCheckWithNothingToFixSaysSo() throws Exception {
        assertThat(sheet(List.of(), Locale.ROOT).getRow(1).getCell(2).getStringCellValue()).startsWith("Nothing to fix");
    }

    private static Sheet sheet(List<CheckFinding> findings, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkListWorkbook.write(findings, locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }
}
