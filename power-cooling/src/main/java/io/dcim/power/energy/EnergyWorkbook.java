package io.dcim.power.energy;

import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import io.dcim.common.table.HeaderStyle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The energy report as a workbook for whoever files it: a row per month and one for the year, figures as numbers
 * (kWh, PUE, %, kg) with each mark beside its figure, then the targets they were marked against. Heads, marks and
 * the sheet name in the reader's language ({@code power.energy.sheet.*}).
 */
public final class EnergyWorkbook {

    private static final List<String> COLUMNS = List.of("month", "itKwh", "facilityKwh", "pue", "pueMark",
            "pueNewLargeMark", "cabinetsInUse", "cabinetsLeased", "occupancyPct", "occupancyMark", "renewableKwh",
            "renewableSharePct", "renewableMark", "co2Kg", "gpuHours", "itKwhPerGpuHour", "perGpuHourMark");

    private EnergyWorkbook() {
    }

    public static void write(EnergyReport report, Locale locale, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(text(locale, "power.energy.sheet.name"));
            CellStyle header = HeaderStyle.bold(workbook);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(Messages.text(Message.of("power.energy.sheet.title", report.siteName(),
                    report.year()), locale));
            title.getCell(0).setCellStyle(header);
            Row head = sheet.createRow(2);
            for (int c = 0; c < COLUMNS.size(); c++) {
                String key = "power.energy.sheet.col." + COLUMNS.get(c);
                head.createCell(c).setCellValue(text(locale, key));
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, (c == 0 ? 12 : 14) * 256);
            }
            sheet.createFreezePane(1, 3);
            int r = 3;
            for (EnergyReport.Month m : report.months()) {
                figures(sheet.createRow(r++), m.month().toString(), m.figures(), locale);
            }
            Row total = sheet.createRow(r++);
            figures(total, text(locale, "power.energy.sheet.year"), report.total(), locale);
            total.getCell(0).setCellStyle(header);
            r++;
            EnergyTargets t = report.targets();
            target(sheet.createRow(r++), locale, "power.energy.sheet.target.pue", t.pueBelow());
            target(sheet.createRow(r++), locale, "power.energy.sheet.target.pueNewLarge", t.pueBelowNewLarge());
            target(sheet.createRow(r++), locale, "power.energy.sheet.target.occupancy", t.occupancyAtLeastPct());
            target(sheet.createRow(r++), locale, "power.energy.sheet.target.renewable", t.renewableGrowthPct());
            target(sheet.createRow(r), locale, "power.energy.sheet.emissionFactor", report.gridEmissionKgPerKwh());
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void figures(Row row, String label, EnergyFigures f, Locale locale) {
        row.createCell(0).setCellValue(label);
        number(row, 1, f.itKwh());
        number(row, 2, f.facilityKwh());
        number(row, 3, f.pue());
        mark(row, 4, f.pueMark(), locale);
        mark(row, 5, f.pueNewLargeMark(), locale);
        row.createCell(6).setCellValue(f.cabinetsInUse());
        row.createCell(7).setCellValue(f.cabinetsLeased());
        number(row, 8, f.occupancyPct());
        mark(row, 9, f.occupancyMark(), locale);
        number(row, 10, f.renewableKwh());
        number(row, 11, f.renewableSharePct());
        mark(row, 12, f.renewableMark(), locale);
        number(row, 13, f.co2Kg());
        row.createCell(14).setCellValue(f.gpuHours());
        number(row, 15, f.itKwhPerGpuHour());
        mark(row, 16, f.perGpuHourMark(), locale);
    }

    private static void target(Row row, Locale locale, String key, BigDecimal value) {
        row.createCell(0).setCellValue(text(locale, key));
        number(row, 3, value);
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private static void mark(Row row, int column, Mark mark, Locale locale) {
        String key = "power.energy.mark." + mark.name();
        row.createCell(column).setCellValue(text(locale, key));
    }

    private static String text(Locale locale, String key) {
        return Messages.text(Message.of(key), locale);
    }
}
