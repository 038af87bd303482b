package io.dcim.common.table;

import io.dcim.common.error.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded CSV or XLSX into a {@link Table}. The first row names the columns; blank
 * rows are skipped. Spreadsheet cells come back as the text the person saw (numbers without a
 * trailing ".0", dates as ISO dates) so that both formats feed the same validation.
 */
public final class TableReader {

    private final int maxRows;

    public TableReader(int maxRows) {
        this.maxRows = maxRows;
    }

    public Table read(byte[] content) {
        if (content.length == 0) {
            throw new InvalidValueException("file", "is empty");
        }
        return TableFormat.sniff(content) == TableFormat.XLSX ? readXlsx(content) : readCsv(content);
    }

    private Table readCsv(byte[] content) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> columns = null;
            List<Table.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (columns == null) {
                    columns = header(values);
                    continue;
                }
                add(rows, columns, (int) parser.getCurrentLineNumber(), values);
            }
            return table(columns, rows);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new InvalidValueException("file", "is not readable CSV: " + e.getMessage());
        }
    }

    private Table readXlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<String> columns = null;
            List<Table.Row> rows = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    values.add(text(row.getCell(c), formatter));
                }
                if (columns == null) {
                    columns = header(values);
                    continue;
                }
                add(rows, columns, row.getRowNum() + 1, values);
            }
            return table(columns, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("file", "is not a readable XLSX workbook: " + e.getMessage());
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime value = cell.getLocalDateTimeCellValue();
            return value.toLocalTime().toSecondOfDay() == 0 ? LocalDate.from(value).toString() : value.toString();
        }
        return formatter.formatCellValue(cell);
    }

    private static List<String> header(List<String> values) {
        List<String> columns = new ArrayList<>();
        for (String value : values) {
            columns.add(Table.normalise(value));
        }
        return columns;
    }

    private void add(List<Table.Row> rows, List<String> columns, int line, List<String> values) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.put(columns.get(i), i < values.size() ? values.get(i) : null);
        }
        Table.Row row = new Table.Row(line, cells);
        if (row.isBlank()) {
            return;
        }
        if (rows.size() == maxRows) {
            throw new InvalidValueException("file", "has more than " + maxRows + " rows; split it into several files");
        }
        rows.add(row);
    }

    private static Table table(List<String> columns, List<Table.Row> rows) {
        if (columns == null || columns.stream().allMatch(String::isEmpty)) {
            throw new InvalidValueException("file", "has no header row naming the columns");
        }
        return new Table(List.copyOf(columns), rows);
    }
}
