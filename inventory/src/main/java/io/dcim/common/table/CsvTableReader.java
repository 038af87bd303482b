package io.dcim.common.table;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV text. Excel on Chinese Windows saves "CSV" in the ANSI code page (GBK), so a file
 * that is not valid UTF-8 is read as GB18030 (a superset of GBK); a file that is neither is
 * refused rather than stored with replacement characters.
 */
final class CsvTableReader {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** What the CSV writer put before text a spreadsheet would run as a formula; taken off again. */
    private static final Pattern DEFUSED_FORMULA = Pattern.compile("^'+[=+\\-@\t\r]");

    private CsvTableReader() {
    }

    static void read(byte[] content, RowCollector rows) {
        String text = decode(content);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
        long linesRead = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<String> values = new ArrayList<>(record.size());
                record.forEach(value -> values.add(rows.hasHeader() ? undefused(value) : value));
                rows.add((int) parser.getCurrentLineNumber(), values);
                linesRead = parser.getCurrentLineNumber();
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // The parser's own message names its exception class and internals; say what is wrong in the file instead.
            throw new InvalidValueException("file", CsvFault.locate(text, linesRead + 1, rows.columns()));
        }
    }

    /** UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8, else GB18030. */
    static String decode(byte[] content) {
        String text;
        try {
            text = strictly(StandardCharsets.UTF_8, content);
        } catch (CharacterCodingException notUtf8) {
            try {
                text = strictly(GB18030, content);
            } catch (CharacterCodingException notGb18030) {
                throw new InvalidValueException("file", Message.of("common.table.unknownEncoding"));
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String strictly(Charset charset, byte[] content) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    }

    private static String undefused(String value) {
        return DEFUSED_FORMULA.matcher(value).find() ? value.substring(1) : value;
    }
}
