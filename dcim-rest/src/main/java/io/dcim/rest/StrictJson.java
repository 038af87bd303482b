package io.dcim.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.dcim.common.error.Message;
import io.dcim.common.text.Fields;
import io.dcim.common.text.MultiLine;
import io.dcim.forecasting.capacity.CapacityPlan;
import io.dcim.rest.capacity.CapacityPlanJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The one JSON mapper of the API. Request bodies are read into typed records strictly: an
 * unknown field, a value of the wrong JSON type ({@code "host": true}, {@code "name": 12345},
 * {@code "enabled": "yes"}, {@code "quantity": 2.5}) or a text with a control character is
 * refused; {@link JsonBodyErrors} turns the refusal into a 422 naming the field's JSON path.
 * Jersey reads and writes every JSON body with it ({@link StrictJsonProvider}).
 *
 * <p>Kept lenient on purpose, as documented: enum values in any case with {@code -} for
 * {@code _} ({@code "both-faces"}), and amounts as JSON numbers or strings ({@code "1850000.00"}).
 */
public final class StrictJson {

    private StrictJson() {
    }

    public static ObjectMapper mapper() {
        SimpleModule rules = new SimpleModule("dcim-strict-input");
        rules.addDeserializer(String.class, new Text(false));
        rules.addDeserializer(BigDecimal.class, new Amount());
        rules.addDeserializer(LocalDate.class, new IsoDate());
        rules.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new Constant(type.getRawClass());
            }
        });
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(rules)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addMixIn(CapacityPlan.class, CapacityPlanJson.class)
                .build();
        // No scalar turns into another kind: 1 is not true, "12" is not 12, 2.5 is not 2.
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail);
        return mapper;
    }

    /** A refusal whose message is ours, written for the caller (never a library's wording). */
    static final class Refusal extends JsonMappingException {
        private final transient Message why;

        Refusal(JsonParser parser, Message why) {
            super(parser, why.toString());
            this.why = why;
        }

        Message why() {
            return why;
        }
    }

    /**
     * Only a JSON string is text (a number or a boolean is refused, not turned into "12345" or
     * "true"); one-line fields refuse every control character, {@link MultiLine} fields allow
     * tab, CR and LF.
     */
    static final class Text extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final boolean multiLine;

        Text(boolean multiLine) {
            super(String.class);
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean several = property != null && property.getAnnotation(MultiLine.class) != null;
            return several == multiLine ? this : new Text(several);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String value = parser.getText();
            int at = Fields.controlCharacterIndex(value, multiLine);
            if (at >= 0) {
                throw new Refusal(parser, Fields.controlCharacter(value, at));
            }
            return value;
        }
    }

    /** Amounts and rates, exact: a JSON number or a string such as "1850000.00". */
    static final class Amount extends StdScalarDeserializer<BigDecimal> {

        Amount() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return parser.getDecimalValue();
            }
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
            }
            try {
                return new BigDecimal(parser.getText().trim());
            } catch (NumberFormatException e) {
                throw new Refusal(parser, Message.of("rest.value.notAmount", Fields.excerpt(parser.getText())));
            }
        }
    }

    /** Dates as ISO strings only (not epoch days, not arrays). */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            try {
                return LocalDate.parse(parser.getText().trim());
            } catch (DateTimeParseException e) {
                throw new Refusal(parser, Message.of("rest.value.notDate", Fields.excerpt(parser.getText())));
            }
        }
    }

    /** An enum constant by name in any case, {@code -} standing for {@code _}; never by number. */
    static final class Constant extends StdScalarDeserializer<Object> {

        private final Class<?> type;

        Constant(Class<?> type) {
            super(type);
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(type, parser);
            }
            String value = parser.getText();
            String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw new Refusal(parser, Message.of("rest.value.notOneOf", Fields.excerpt(value),
                    Arrays.toString(type.getEnumConstants())));
        }
    }
}
