package io.dcim.inventory.cable;

import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import io.dcim.common.table.HeaderStyle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The installers' work list of a cabling check: one row per port to fix, what to do said in words ("re-patch
 * cable L-123 from leaf-3 port 7 to leaf-4 port 7"), then the facts it rests on. Sheet name, heads, outcomes
 * and sentences in the requester's language (inventory's bundle, {@code inventory.check.*}); streamed, so a
 * site whose switches all went silent still writes in little memory.
 */
public final class WorkListWorkbook {

    private static final int WINDOW_ROWS = 200;
    private static final String[] COLUMNS = {"number", "outcome", "todo", "cable", "device", "port", "expected", "seen"};
    private static final int[] WIDTHS = {6, 12, 90, 16, 20, 12, 28, 28};

    private WorkListWorkbook() {
    }

    public static void write(List<CheckFinding> findings, Locale locale, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_ROWS);
        try {
            SXSSFSheet sheet = workbook.createSheet(text(locale, "inventory.check.sheet.name"));
            CellStyle header = HeaderStyle.bold(workbook);
            Row head = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.length; c++) {
                head.createCell(c).setCellValue(text(locale, "inventory.check.sheet.col." + COLUMNS[c]));
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (CheckFinding f : findings) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue(text(locale, "inventory.check.outcome." + f.outcome().name()));
                row.createCell(2).setCellValue(todo(f, locale));
                cell(row, 3, f.cableLabel());
                cell(row, 4, f.device());
                cell(row, 5, f.port());
                cell(row, 6, end(f.expectedDevice(), f.expectedPort()));
                cell(row, 7, end(f.seenDevice(), f.seenPort()));
                r++;
            }
            if (findings.isEmpty()) {
                sheet.createRow(1).createCell(2).setCellValue(text(locale, "inventory.check.sheet.nothing"));
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, COLUMNS.length - 1));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /** What to do about one finding, in words: the arguments are the cable, this end, the seen and the expected far end. */
    public static String todo(CheckFinding f, Locale locale) {
        String sentence = "inventory.check.todo." + f.outcome().name();
        return Messages.text(Message.of(sentence, dash(f.cableLabel()), f.device(),
                f.port(), dash(f.seenDevice()), dash(f.seenPort()), dash(f.expectedDevice()), dash(f.expectedPort())), locale);
    }

    /** A message takes no null argument; a sentence that names what is not there says "—". */
    private static String dash(String value) {
        return value == null ? "—" : value;
    }

    private static String text(Locale locale, String key) {
        return Messages.text(Message.of(key), locale);
    }

    private static void cell(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static String end(String device, String port) {
        return device == null ? null : device + " " + port;
    }
}
