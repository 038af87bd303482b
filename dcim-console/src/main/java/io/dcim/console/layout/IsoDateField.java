package io.dcim.console.layout;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.util.convert.ConversionException;
import org.apache.wicket.util.convert.IConverter;

/**
 * A date typed or picked as {@code <input type="date">}, which browsers send as ISO-8601 (2026-12-06)
 * whatever their language: the converter reads and writes exactly that, not the locale's short format.
 * Text that is no date is refused with the page's {@code IConverter} message.
 */
public class IsoDateField extends TextField<LocalDate> {

    private static final IConverter<LocalDate> ISO = new IConverter<>() {
        @Override
        public LocalDate convertToObject(String value, Locale locale) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new ConversionException(e).setResourceKey("IConverter").setSourceValue(value);
            }
        }

        @Override
        public String convertToString(LocalDate value, Locale locale) {
            return value == null ? "" : value.toString();
        }
    };

    public IsoDateField(String id, IModel<LocalDate> model) {
        super(id, model, LocalDate.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected IConverter<?> createConverter(Class<?> type) {
        return LocalDate.class.equals(type) ? ISO : null;
    }

    @Override
    protected String[] getInputTypes() {
        return new String[] {"date", "text"};
    }
}
