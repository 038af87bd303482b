package io.dcim.procurement.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.AssetFilter;
import io.dcim.procurement.depreciation.AssetTerms;
import io.dcim.procurement.depreciation.DepreciationCalculator;
import io.dcim.procurement.depreciation.DepreciationMethod;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The workbooks finance receives are headed in the requester's language, and whatever the language their
 * amounts are numbers in a CNY currency format and their periods and dates real dates: read back with POI as a
 * spreadsheet tool would read them.
 */
class BilingualWorkbooksTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** 120,000.00 at 5% over 60 months straight-line, in service 2024-05-15: 1,900.00 a month from June. */
    private static List<DetailRow> server() {
        var schedule = new DepreciationCalculator().schedule(AssetTerms.of(new BigDecimal("120000.00"),
                new BigDecimal("0.05"), 60, DepreciationMethod.STRAIGHT_LINE, LocalDate.of(2024, 5, 15)));
        return DetailRow.of("SRV-0001", "8×H100 服务器", AssetClass.SERVER.label(), "乌兰察布-1", schedule).toList();
    }

    @Test
    void theDepreciationScheduleForAChineseReaderHasChineseSheetsAndHeadsYuanAmountsAndRealMonths() throws IOException {
        try (XSSFWorkbook book = read(schedule(CHINESE))) {
            assertThat(sheetNames(book)).containsExactly("汇总", "明细");
            Sheet detail = book.getSheet("明细");
            assertThat(cells(detail.getRow(0))).containsExactly("资产标签", "资产名称", "资产类别", "站点", "启用日期",
                    "原值（元）", "折旧方法", "使用年限（月）", "期间", "本期折旧（元）", "累计折旧（元）", "账面净值（元）");
            Row first = detail.getRow(1);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("服务器");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("年限平均法");
            assertDate(first.getCell(4), LocalDateTime.of(2024, 5, 15, 0, 0), "yyyy-mm-dd");
            assertDate(first.getCell(8), LocalDateTime.of(2024, 6, 1, 0, 0), "yyyy-mm");
            assertYuan(first.getCell(5), 120_000.00, "[$¥-804]#,##0.00");
            assertYuan(first.getCell(9), 1_900.00, "[$¥-804]#,##0.00");
            assertYuan(first.getCell(11), 118_100.00, "[$¥-804]#,##0.00");

            Sheet summary = book.getSheet("汇总");
            assertThat(cells(summary.getRow(0))).containsExactly("期间", "服务器", "合计");
            assertDate(summary.getRow(1).getCell(0), LocalDateTime.of(2024, 6, 1, 0, 0), "yyyy-mm");
            Row total = summary.getRow(summary.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertYuan(total.getCell(2), 114_000.00, "[$¥-804]#,##0.00");
        }
    }

    @Test
    void theSameScheduleForAnEnglishReaderIsHeadedInEnglishWithTheSameNumbersAndDates() throws IOException {
        try (XSSFWorkbook book = read(schedule(Locale.ENGLISH))) {
            assertThat(sheetNames(book)).containsExactly("Summary", "Detail");
            Sheet detail = book.getSheet("Detail");
            assertThat(cells(detail.getRow(0))).startsWith("Asset tag", "Description", "Class", "Site", "In service",
                    "Cost (CNY)", "Method", "Life (months)", "Period", "Depreciation (CNY)");
            Row first = detail.getRow(1);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Servers");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Straight-line");
            assertDate(first.getCell(8), LocalDateTime.of(2024, 6, 1, 0, 0), "yyyy-mm");
            assertYuan(first.getCell(9), 1_900.00, SheetWords.CNY_FORMAT);
            assertThat(SheetWords.CNY_FORMAT).contains("CNY").contains("#,##0.00");
        }
    }

    @BothDatabases
    void theAssetAndPurchaseRegistersForAChineseReaderAreHeadedInChinese(ProcurementFixture f) throws Exception {
        f.asset(AssetClass.NETWORK, "99999.99", LocalDate.of(2024, 1, 31), f.siteId(), null);
        LocalDate date = LocalDate.of(2024, 5, 31);
        ByteArrayOutputStream register = new ByteArrayOutputStream();
        try (var rows = f.assetQueries.registerRows(date, AssetFilter.all())) {
            new AssetRegisterWorkbook().write(date, rows, register, n -> { }, CHINESE);
        }
        try (XSSFWorkbook book = read(register.toByteArray())) {
            assertThat(sheetNames(book)).containsExactly("台账");
            Sheet sheet = book.getSheet("台账");
            assertThat(cells(sheet.getRow(0))).startsWith("资产标签", "资产名称", "资产类别", "站点", "成本中心", "启用日期",
                    "原值（元）");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("网络设备");
            assertDate(sheet.getRow(1).getCell(5), LocalDateTime.of(2024, 1, 31, 0, 0), "yyyy-mm-dd");
            assertYuan(sheet.getRow(1).getCell(AssetRegisterWorkbook.COST), 99_999.99, "[$¥-804]#,##0.00");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("截至 2024-05-31 合计");
        }

        PurchaseOrder order = f.order(f.approved(1, "333333.33"));
        ByteArrayOutputStream purchases = new ByteArrayOutputStream();
        new PurchaseRegisterWorkbook().write(f.orders.registerLines(null, null), purchases, n -> { }, CHINESE);
        try (XSSFWorkbook book = read(purchases.toByteArray())) {
            assertThat(sheetNames(book)).containsExactly("订单", "订单明细");
            Sheet orders = book.getSheet("订单");
            assertThat(cells(orders.getRow(0))).startsWith("订单号", "日期", "供应商", "采购申请", "状态", "不含税金额（元）");
            Row row = orders.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(order.getOrderNumber());
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("未到货");
            assertThat(row.getCell(11).getStringCellValue()).isEqualTo("未到货；未开票");
            assertDate(row.getCell(1), order.getOrderDate().atStartOfDay(), "yyyy-mm-dd");
            assertYuan(row.getCell(PurchaseRegisterWorkbook.ORDER_GROSS), order.getGrossTotal().doubleValue(),
                    "[$¥-804]#,##0.00");
        }
    }

    private byte[] schedule(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DepreciationWorkbook().write(server().stream(), out, n -> { }, locale);
        return out.toByteArray();
    }

    private static void assertDate(Cell cell, LocalDateTime value, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).as("a date cell").isTrue();
        assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    private static void assertYuan(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getStringCellValue()));
        return values;
    }
}
