package io.dcim.inventory.field;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.text.Fields;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What a custom field holds. Each kind turns what people type into one canonical text (a number as a plain
 * decimal, a date as ISO {@code yyyy-mm-dd}, a choice spelled as defined), which is what is stored and what
 * a filter compares: {@code ?cf_rack_budget=1.50} finds the value typed as {@code 1.5}.
 */
public enum FieldKind {
    TEXT {
        @Override
        String canonical(String field, String value, List<String> choices) {
            return Fields.optional(field, value, 500);
        }
    },
    NUMBER {
        @Override
        String canonical(String field, String value, List<String> choices) {
            try {
                BigDecimal number = new BigDecimal(value.trim().replace(",", ""));
                String plain = number.stripTrailingZeros().toPlainString();
                if (plain.length() > 40) {
                    throw new NumberFormatException();
                }
                return plain;
            } catch (NumberFormatException notANumber) {
                throw new InvalidValueException(field, Message.of("inventory.field.notANumber", Fields.excerpt(value)));
            }
        }
    },
    DATE {
        @Override
        String canonical(String field, String value, List<String> choices) {
            try {
                return LocalDate.parse(value.trim()).toString();
            } catch (DateTimeParseException notADate) {
                throw new InvalidValueException(field, Message.of("inventory.field.notADate", Fields.excerpt(value)));
            }
        }
    },
    CHOICE {
        @Override
        String canonical(String field, String value, List<String> choices) {
            String typed = value.trim();
            return choices.stream().filter(choice -> choice.equalsIgnoreCase(typed)).findFirst()
                    .orElseThrow(() -> new InvalidValueException(field, Message.of("inventory.field.notAChoice",
                            Fields.excerpt(typed), String.join(", ", choices))));
        }
    };

    /**
     * The stored text of {@code value} (never blank: callers treat blank as "no value"), or a refusal naming
     * {@code field}.
     */
    abstract String canonical(String field, String value, List<String> choices);
}
