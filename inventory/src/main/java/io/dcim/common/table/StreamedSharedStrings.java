package io.dcim.common.table;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * A workbook's shared strings, read only as far as the sheet refers to them. Spreadsheets write
 * the table in the order strings first appear in the sheet, so a read that stops at the row cap
 * parses only the strings of the rows before it; POI's read-only table parses all of them first
 * (hundreds of thousands for an oversized upload) before the first row can be checked.
 */
final class StreamedSharedStrings implements SharedStrings {

    private final XMLStreamReader xml;
    private final List<String> strings = new ArrayList<>();
    private boolean exhausted;

    StreamedSharedStrings(InputStream in) {
        try {
            this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("unreadable shared strings", e);
        }
    }

    /** A workbook without shared strings (every text cell inline). */
    static SharedStrings none() {
        return new SharedStrings() {
            @Override
            public RichTextString getItemAt(int idx) {
                throw new InvalidValueException("file", Message.of("common.table.missingSharedString"));
            }

            @Override
            public int getCount() {
                return 0;
            }

            @Override
            public int getUniqueCount() {
                return 0;
            }
        };
    }

    @Override
    public RichTextString getItemAt(int idx) {
        try {
            while (strings.size() <= idx && !exhausted) {
                readNext();
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("unreadable shared strings", e);
        }
        if (idx < 0 || idx >= strings.size()) {
            throw new InvalidValueException("file", Message.of("common.table.missingSharedString"));
        }
        return new XSSFRichTextString(strings.get(idx));
    }

    /** The strings read so far: the sheet reader needs only {@link #getItemAt}. */
    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }

    private void readNext() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                strings.add(readItem());
                return;
            }
        }
        exhausted = true;
    }

    /** One {@code <si>}: its text, or its rich-text runs' text, without the phonetic guide ({@code <rPh>}). */
    private String readItem() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int phonetic = 0;
        boolean inText = false;
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if ("rPh".equals(xml.getLocalName())) {
                        phonetic++;
                    } else if ("t".equals(xml.getLocalName()) && phonetic == 0) {
                        inText = true;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        if (text.length() > XlsxTableReader.MAX_CELL_CHARS) {
                            throw new InvalidValueException("file", Message.of("common.table.cellTooLong",
                                    XlsxTableReader.MAX_CELL_CHARS));
                        }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    switch (xml.getLocalName()) {
                        case "t" -> inText = false;
                        case "rPh" -> phonetic--;
                        case "si" -> {
                            return text.toString();
                        }
                        default -> { }
                    }
                }
                default -> { }
            }
        }
        exhausted = true;
        return text.toString();
    }
}
