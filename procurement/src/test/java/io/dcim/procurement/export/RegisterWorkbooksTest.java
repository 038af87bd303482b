package io.dcim.procurement.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.procurement.asset.AssetBalance;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.AssetFilter;
import io.dcim.procurement.asset.AssetGrouping;
import io.dcim.procurement.order.InvoiceInput;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.procurement.receiving.Receipt;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

class RegisterWorkbooksTest {

    @BothDatabases
    void theAssetRegisterListsTheAssetsOnTheBooksAndItsTotalsTieToTheBalances(ProcurementFixture f) throws Exception {
        f.asset(AssetClass.SERVER, "812345.67", LocalDate.of(2023, 12, 20), f.siteId(), "AI-CLOUD");
        f.asset(AssetClass.SERVER, "812345.67", LocalDate.of(2024, 1, 5), f.siteId(), "AI-CLOUD");
        f.asset(AssetClass.NETWORK, "99999.99", LocalDate.of(2024, 1, 31), f.siteId(), null);
        f.asset(AssetClass.STORAGE, "250000.01", LocalDate.of(2024, 2, 10), null, null);
        f.asset(AssetClass.SERVER, "1.00", LocalDate.of(2024, 6, 1), f.siteId(), null); // not yet in service on the date
        LocalDate date = LocalDate.of(2024, 5, 31);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegisterTotals totals;
        try (var rows = f.assetQueries.registerRows(date, AssetFilter.all())) {
            totals = new AssetRegisterWorkbook().write(date, rows, out, n -> { });
        }

        AssetBalance books = f.assetQueries.balancesAt(date, AssetGrouping.NONE, AssetFilter.all()).get(0);
        assertThat(totals.rows()).isEqualTo(books.assets()).isEqualTo(4);
        assertThat(totals.cost()).isEqualByComparingTo(books.cost());
        assertThat(totals.accumulated()).isEqualByComparingTo(books.accumulatedDepreciation()).isPositive();
        assertThat(totals.netBookValue()).isEqualByComparingTo(books.netBookValue());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = workbook.getSheet("Register");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N5");
            assertThat(sheet.getRow(1).getCell(AssetRegisterWorkbook.COST).getCellStyle().getDataFormatString())
                    .isEqualTo(SheetWords.CNY_FORMAT);
            for (int column : new int[] {AssetRegisterWorkbook.COST, AssetRegisterWorkbook.ACCUMULATED,
                    AssetRegisterWorkbook.NET_BOOK_VALUE}) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int r = 1; r <= 4; r++) {
                    sum = sum.add(fen(sheet.getRow(r).getCell(column).getNumericCellValue()));
                }
                Row total = sheet.getRow(5);
                assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total at 2024-05-31");
                assertThat(fen(total.getCell(column).getNumericCellValue())).as("column %d", column).isEqualByComparingTo(sum);
            }
            assertThat(fen(sheet.getRow(5).getCell(AssetRegisterWorkbook.NET_BOOK_VALUE).getNumericCellValue()))
                    .isEqualByComparingTo(books.netBookValue());
        }
    }

    @BothDatabases
    void thePurchaseRegisterTiesOrdersToLinesAndFlagsTheInvoiceThatDiffers(ProcurementFixture f) throws Exception {
        PurchaseOrder first = f.order(f.approved(3, "1850000.00"));
        f.receiving.receive(first.getId(), new Receipt(f.today(), null, f.h100Units(1, 2)), "ops");
        first = f.orders.find(first.getId());
        f.orders.recordInvoice(first.getId(), first.getVersion(), new InvoiceInput("INV-1", f.today(),
                first.getGrossTotal().add(new BigDecimal("100.00"))), "analyst");
        PurchaseOrder second = f.order(f.approved(1, "333333.33"));

        List<PurchaseLineRow> lines = f.orders.registerLines(null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PurchaseRegisterWorkbook.Totals totals = new PurchaseRegisterWorkbook().write(lines, out, n -> { });

        BigDecimal ordered = first.getGrossTotal().add(second.getGrossTotal());
        assertThat(totals.orders()).isEqualTo(2);
        assertThat(totals.gross()).isEqualByComparingTo(ordered);
        assertThat(totals.receivedGross()).isEqualByComparingTo(f.orders.find(first.getId()).receivedValue().gross());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet orders = workbook.getSheet("Orders");
            Sheet lineSheet = workbook.getSheet("Lines");
            assertThat(workbook.getSheetIndex(orders)).isZero();
            assertThat(orders.getRow(1).getCell(0).getStringCellValue()).isEqualTo(first.getOrderNumber());
            assertThat(orders.getRow(1).getCell(11).getStringCellValue()).contains("MISMATCH").contains("invoice ≠ order");
            assertThat(orders.getRow(2).getCell(11).getStringCellValue()).isEqualTo("nothing received; not invoiced");
            BigDecimal orderGross = fen(orders.getRow(3).getCell(PurchaseRegisterWorkbook.ORDER_GROSS).getNumericCellValue());
            BigDecimal lineGross = fen(lineSheet.getRow(lines.size() + 1).getCell(PurchaseRegisterWorkbook.LINE_GROSS)
                    .getNumericCellValue());
            assertThat(orderGross).isEqualByComparingTo(ordered).isEqualByComparingTo(lineGross);
            assertThat(fen(orders.getRow(3).getCell(10).getNumericCellValue()))
                    .isEqualByComparingTo(first.getGrossTotal().add(new BigDecimal("100.00")));
            assertThat(lineSheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(2);
        }
        assertThat(f.orders.registerLines(f.today().plusDays(1), null)).isEmpty();
    }

    private static BigDecimal fen(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
