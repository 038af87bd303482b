package io.dcim.common.table;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of a workbook as a stream of SAX events (POI's event API), row by row,
 * so that memory does not grow with the sheet and the read stops at the first row over the cap.
 * Building the whole workbook in memory (XSSFWorkbook) took 22 s and +540 MB for a 2.6 MB file
 * whose sheet expands to 54 MB, before the cap could even be checked.
 *
 * <p>The zip is opened from a temporary file (POI then inflates one entry at a time, through
 * {@link ZipSecureFile}, which refuses entries that expand more than 100-fold), and each part is
 * read through its own byte budget. The styles are held in memory; the shared strings are read
 * only as far as the rows before the cap refer to them ({@link StreamedSharedStrings}); the sheet
 * is streamed.
 */
final class XlsxTableReader {

    static final long MAX_STYLES_BYTES = 16L * 1024 * 1024;
    static final long MAX_SHARED_STRINGS_BYTES = 64L * 1024 * 1024;
    static final long MAX_SHEET_BYTES = 512L * 1024 * 1024;
    /** Excel's own limit for one cell. */
    static final int MAX_CELL_CHARS = 32_767;
    /** Past Excel's 16,384 columns no real sheet has a header. */
    static final int MAX_COLUMNS = 16_384;

    static {
        // POI's defaults allow a 4 GB entry; tighten (never loosen) the process-wide guard to the largest part read here.
        if (ZipSecureFile.getMaxEntrySize() > MAX_SHEET_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_SHEET_BYTES);
        }
        if (ZipSecureFile.getMinInflateRatio() < 0.01) {
            ZipSecureFile.setMinInflateRatio(0.01);
        }
    }

    private XlsxTableReader() {
    }

    static void read(byte[] content, RowCollector rows) {
        Path file = null;
        try {
            file = Files.createTempFile("dcim-upload-", ".xlsx");
            Files.write(file, content);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                readFirstSheet(pkg, rows);
            }
        } catch (InvalidValueException refused) {
            throw refused;
        } catch (SAXException e) {
            if (e.getException() instanceof InvalidValueException refused) {
                throw refused;
            }
            throw unreadable(e);
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            throw unreadable(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A temporary file the operating system cleans up; the upload itself is answered either way.
                }
            }
        }
    }

    private static void readFirstSheet(OPCPackage pkg, RowCollector rows)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(pkg);
        StylesTable styles = styles(pkg);
        List<PackagePart> stringParts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new InvalidValueException("file", Message.of("common.table.noSheet"));
        }
        try (InputStream sheet = new BoundedInputStream(sheets.next(), MAX_SHEET_BYTES, Message.of("common.table.part.firstSheet"));
             InputStream stringsIn = stringParts.isEmpty() ? InputStream.nullInputStream()
                     : new BoundedInputStream(stringParts.get(0).getInputStream(), MAX_SHARED_STRINGS_BYTES,
                             Message.of("common.table.part.sharedStrings"))) {
            SharedStrings strings = stringParts.isEmpty() ? StreamedSharedStrings.none()
                    : new StreamedSharedStrings(stringsIn);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new CellSizeGuard(new XSSFSheetXMLHandler(styles, strings, new Rows(rows),
                    new IsoDateFormatter(), false)));
            parser.parse(new InputSource(sheet));
        }
    }

    /** A workbook written without a styles part shows every cell as General. */
    private static StylesTable styles(OPCPackage pkg) throws IOException, InvalidFormatException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return new StylesTable();
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return new StylesTable(new BoundedInputStream(in, MAX_STYLES_BYTES, Message.of("common.table.part.styles")));
        }
    }

    private static InvalidValueException unreadable(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidValueException refused) {
                return refused;
            }
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return new InvalidValueException("file", Message.of("common.table.zipBomb"));
            }
        }
        // POI's messages name its classes and ask to report bugs; people need to know the file is at fault.
        return new InvalidValueException("file", Message.of("common.table.unreadableXlsx"));
    }

    /** Hands each row to the collector with its values in column order; gaps for missing cells. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowCollector rows;
        private final List<String> values = new ArrayList<>();
        private int nextColumn;

        Rows(RowCollector rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            values.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(rowNum + 1, values);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            List<String> header = rows.columns();
            int width = header == null ? MAX_COLUMNS : header.size();
            if (column >= width) {
                if (header == null) {
                    throw new InvalidValueException("file", Message.of("common.table.headerTooWide", MAX_COLUMNS));
                }
                return;
            }
            while (values.size() < column) {
                values.add("");
            }
            values.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /** Dates come back as ISO dates whatever format the sheet shows them in, as the CSV template asks for. */
    private static final class IsoDateFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value);
                return time.toLocalTime().toSecondOfDay() == 0 ? LocalDate.from(time).toString() : time.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
