package io.dcim.common.table;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streaming XLSX (SXSSF keeps a window of rows in memory and spills the rest to compressed
 * temporary files): bold frozen header, auto-filter, typed number and date cells.
 */
final class XlsxTableWriter implements TableWriter {

    private static final int WINDOW_ROWS = 200;
    private static final int COLUMN_WIDTH_CHARS = 18;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private final CellStyle timeStyle;
    private int columns;
    private int nextRow;

    XlsxTableWriter(OutputStream out) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(WINDOW_ROWS);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet("Export");
        headerStyle = HeaderStyle.bold(workbook);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        timeStyle = workbook.createCellStyle();
        timeStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    }

    @Override
    public void header(List<String> names) {
        columns = names.size();
        Row row = sheet.createRow(nextRow++);
        for (int c = 0; c < names.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(c, COLUMN_WIDTH_CHARS * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<?> cells) {
        Row row = sheet.createRow(nextRow++);
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof Instant instant) {
                cell.setCellValue(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
                cell.setCellStyle(timeStyle);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    @Override
    public void close() {
        StreamedWorkbook.write(workbook, out, filled -> {
            if (columns > 0) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns - 1));
            }
        });
    }
}
