package io.dcim.forecasting.economics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The statement's XLSX gives each line its first and last day as date cells, so that {@link MidMonthPriceTest}'s
 * tenant A, whose H100 line is split in three by a price and a discount changing within March 2025, reads as three
 * parts of the month at three prices; column heads in the requester's language.
 */
class StatementWorkbookTest {

    private static final YearMonth MAR = YearMonth.of(2025, 3);

    @BothDatabases
    void eachLineHasItsFirstAndLastDayAsDateCellsUnderHeadsInTheReadersLanguage(Database db) throws IOException {
        MidMonthPriceTest.Fixture f = new MidMonthPriceTest.Fixture(db);
        TenantStatement a = f.statements.statement(f.site.a.getId(), MAR);

        Sheet english = sheet(a, Locale.ENGLISH);
        assertThat(texts(english.getRow(0))).startsWith("Site", "GPU class", "From (day)", "To (day, included)",
                "Card-hours");
        List<List<LocalDate>> days = new ArrayList<>();
        List<Double> prices = new ArrayList<>();
        int priceColumn = texts(english.getRow(0)).indexOf("Price per card-hour (CNY)");
        for (int r = 1; r <= a.lines().size(); r++) {
            Row row = english.getRow(r);
            days.add(List.of(date(row.getCell(2)), date(row.getCell(3))));
            prices.add(row.getCell(priceColumn).getNumericCellValue());
        }
        assertThat(days).containsExactly(List.of(MAR.atDay(1), MAR.atDay(15)), List.of(MAR.atDay(16), MAR.atDay(20)),
                List.of(MAR.atDay(21), MAR.atDay(31)));
        assertThat(prices).containsExactly(20.0, 24.0, 24.0);
        assertThat(english.getRow(a.lines().size() + 1).getCell(0).getStringCellValue()).isEqualTo("Total");

        Sheet chinese = sheet(a, Locale.SIMPLIFIED_CHINESE);
        assertThat(texts(chinese.getRow(0))).startsWith("\u7ad9\u70b9", "GPU \u7c7b\u522b", "\u8d77\u59cb\u65e5",
                "\u622a\u6b62\u65e5\uff08\u542b\uff09");
        assertThat(date(chinese.getRow(1).getCell(3))).isEqualTo(MAR.atDay(15));
    }

    /** A real date: a number under a date format, not text. */
    private static LocalDate date(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).as("date format of %s", cell.getAddress()).isTrue();
        return cell.getLocalDateTimeCellValue().toLocalDate();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static Sheet sheet(TenantStatement statement, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EconomicsWorkbook.write(statement, locale, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            return workbook.getSheetAt(0);
        }
    }
}
