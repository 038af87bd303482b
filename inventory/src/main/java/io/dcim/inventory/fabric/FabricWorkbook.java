package io.dcim.inventory.fabric;

import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import io.dcim.common.table.HeaderStyle;
import io.dcim.common.table.StreamedWorkbook;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The plan as installers and buyers read it: a "Cables" sheet with one row per cable (label, tier,
 * both ends, type, reach, transceivers), streamed so that a 57,600-GPU plan's 170,000 rows never sit in
 * memory, and a "Summary" sheet (devices, switches by layer, cables by tier and reach, transceivers,
 * cost by item in the prices' currency). Sheet names, heads and the tier and reach words come from
 * inventory's bundle in the requester's language ({@code inventory.fabric.sheet.*}), as procurement's
 * workbooks do; labels, device and port names and cable types stay as recorded, so a row can be found
 * on the floor and in the cable list.
 */
final class FabricWorkbook {

    private static final int WINDOW_ROWS = 500;

    private final Locale locale;

    FabricWorkbook(Locale locale) {
        this.locale = locale == null ? Locale.ROOT : locale;
    }

    /** Writes the workbook; {@code cables} feeds every cable of the plan to the sink it is given. */
    void write(FabricPlan plan, Consumer<Consumer<PlannedCable>> cables, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_ROWS);
        workbook.setCompressTempFiles(true);
        StreamedWorkbook.write(workbook, out, filled -> {
            CellStyle bold = HeaderStyle.bold(filled);
            CellStyle money = filled.createCellStyle();
            money.setDataFormat(filled.createDataFormat().getFormat("#,##0.00"));
            summary(filled.createSheet(word("summary")), plan, bold, money);
            cableSheet(filled.createSheet(word("cables")), cables, bold);
        });
    }

    private void cableSheet(SXSSFSheet sheet, Consumer<Consumer<PlannedCable>> cables, CellStyle bold) {
        List<String> heads = Arrays.asList(word("col.label"), word("col.tier"), word("col.fromDevice"),
                word("col.fromPort"), word("col.toDevice"), word("col.toPort"), word("col.type"), word("col.reach"),
                word("col.transceivers"));
        head(sheet, 0, heads, bold);
        int[] next = {1};
        cables.accept(c -> {
            Row row = sheet.createRow(next[0]++);
            text(row, 0, c.label());
            text(row, 1, word("tier." + c.tier().name()));
            text(row, 2, c.fromDevice());
            text(row, 3, c.fromPort());
            text(row, 4, c.toDevice());
            text(row, 5, c.toPort());
            text(row, 6, c.type().name());
            text(row, 7, word("reach." + c.reach().name()));
            row.createCell(8).setCellValue(c.transceivers());
        });
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, heads.size() - 1));
        for (int c = 0; c < heads.size(); c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
    }

    private void summary(SXSSFSheet sheet, FabricPlan plan, CellStyle bold, CellStyle money) {
        int r = 0;
        r = pair(sheet, r, word("servers"), plan.servers());
        r = pair(sheet, r, word("units"), plan.scalableUnits());
        r = pair(sheet, r, word("serversPerUnit"), plan.serversPerUnit());
        r = pair(sheet, r, word("pods"), plan.pods());
        r++;
        head(sheet, r++, List.of(word("col.layer"), word("col.switches"), word("col.ports"), word("col.used"),
                word("col.spare")), bold);
        for (Layer layer : List.of(new Layer("leaves", plan.leaves()), new Layer("spines", plan.spines()),
                new Layer("superSpines", plan.superSpines()))) {
            PortUse use = layer.use();
            Row row = sheet.createRow(r++);
            text(row, 0, word("layer." + layer.key()));
            row.createCell(1).setCellValue(use.switches());
            row.createCell(2).setCellValue(use.total());
            row.createCell(3).setCellValue(use.used());
            row.createCell(4).setCellValue(use.spare());
        }
        r++;
        head(sheet, r++, List.of(word("col.tier"), word("reach.SAME_CABINET"), word("reach.SAME_ROW"),
                word("reach.BEYOND_ROW"), word("col.total")), bold);
        for (FabricTier tier : FabricTier.values()) {
            TierCables t = plan.tier(tier);
            if (t.total() == 0) {
                continue;
            }
            Row row = sheet.createRow(r++);
            text(row, 0, word("tier." + tier.name()));
            row.createCell(1).setCellValue(t.dac());
            row.createCell(2).setCellValue(t.aoc());
            row.createCell(3).setCellValue(t.optics());
            row.createCell(4).setCellValue(t.total());
        }
        r = pair(sheet, r, word("totalCables"), plan.totalCables());
        r = pair(sheet, r, word("transceivers"), plan.transceivers());
        r++;
        FabricCost cost = plan.cost();
        head(sheet, r++, List.of(word("col.cost"), cost.currency()), bold);
        r = amount(sheet, r, word("cost.switches"), cost.switches(), money);
        r = amount(sheet, r, word("cost.dacs"), cost.dacs(), money);
        r = amount(sheet, r, word("cost.aocs"), cost.aocs(), money);
        r = amount(sheet, r, word("cost.fibres"), cost.fibres(), money);
        r = amount(sheet, r, word("cost.transceivers"), cost.transceivers(), money);
        amount(sheet, r, word("cost.total"), cost.total(), money);
        sheet.setColumnWidth(0, 30 * 256);
        for (int c = 1; c < 5; c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }

    private record Layer(String key, PortUse use) {
    }

    private static int pair(SXSSFSheet sheet, int r, String name, long value) {
        Row row = sheet.createRow(r);
        text(row, 0, name);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    private static int amount(SXSSFSheet sheet, int r, String name, BigDecimal value, CellStyle money) {
        Row row = sheet.createRow(r);
        text(row, 0, name);
        Cell cell = row.createCell(1);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(money);
        return r + 1;
    }

    private static void head(SXSSFSheet sheet, int r, List<String> heads, CellStyle bold) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < heads.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(heads.get(c));
            cell.setCellStyle(bold);
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    /** The text under {@code inventory.fabric.sheet.<key>} in the requester's language. */
    String word(String key) {
        String sheetKey = "inventory.fabric.sheet." + key;
        return Messages.text(Message.of(sheetKey), locale);
    }
}
