package io.dcim.procurement.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** The layout the register workbooks share with the depreciation schedule: bold frozen header, filter, fixed widths. */
final class Sheets {

    private Sheets() {
    }

    static void header(SXSSFSheet sheet, List<DepreciationWorkbook.Column> columns, DepreciationWorkbook.Styles styles,
                       SheetWords words) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            DepreciationWorkbook.text(header, c, words.header(columns.get(c))).setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Widths and the filter once the rows are written (see DepreciationWorkbook on why widths come last). */
    static void finish(SXSSFSheet sheet, List<DepreciationWorkbook.Column> columns, int lastDataRow) {
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, columns.get(c).widthChars() * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastDataRow, 0), 0, columns.size() - 1));
    }

    static void money(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            DepreciationWorkbook.Styles.money(row.createCell(column), value, style);
        }
    }

    static void date(Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    static void number(Row row, int column, double value) {
        row.createCell(column).setCellValue(value);
    }
}
