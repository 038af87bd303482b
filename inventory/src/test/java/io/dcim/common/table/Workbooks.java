package io.dcim.common.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks for reader tests and benchmarks, written the way Excel does (shared strings). */
public final class Workbooks {

    private Workbooks() {
    }

    /** A header row (asset_tag, serial, …) and {@code count} data rows. */
    public static byte[] rows(int count, IntFunction<List<String>> row) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 500, true, true);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = workbook.createSheet("Devices");
            List<String> header = List.of("asset_tag", "serial", "name", "model", "status", "notes");
            write(sheet.createRow(0), header);
            for (int r = 1; r <= count; r++) {
                write(sheet.createRow(r), row.apply(r));
            }
            workbook.write(out);
            return out.toByteArray();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    static byte[] withDate(String format, LocalDate date) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Dates");
            sheet.createRow(0).createCell(0).setCellValue("Since");
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            var cell = sheet.createRow(1).createCell(0);
            cell.setCellValue(date);
            cell.setCellStyle(style);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The same zip with one entry's content replaced. */
    static byte[] replacing(byte[] zip, String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path file = Files.createTempFile("workbook", ".xlsx");
        try (ZipOutputStream copy = new ZipOutputStream(out)) {
            Files.write(file, zip);
            try (ZipFile in = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    copy.putNextEntry(new ZipEntry(e.getName()));
                    copy.write(e.getName().equals(entry) ? content : in.getInputStream(e).readAllBytes());
                    copy.closeEntry();
                }
            }
        } finally {
            Files.delete(file);
        }
        return out.toByteArray();
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }
}
