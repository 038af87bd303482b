package io.dcim.common.table;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Stops a sheet whose one cell holds more text than Excel allows: POI's handler gathers a cell's
 * text without limit, so a crafted sheet could fill the heap with a single cell.
 */
final class CellSizeGuard extends DefaultHandler {

    private final DefaultHandler handler;
    private long charsSinceElement;

    CellSizeGuard(DefaultHandler handler) {
        this.handler = handler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        charsSinceElement = 0;
        handler.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        charsSinceElement = 0;
        handler.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        charsSinceElement += length;
        if (charsSinceElement > XlsxTableReader.MAX_CELL_CHARS) {
            throw new InvalidValueException("file", Message.of("common.table.cellTooLong", XlsxTableReader.MAX_CELL_CHARS));
        }
        handler.characters(ch, start, length);
    }
}
