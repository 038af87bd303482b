package io.dcim.power.redfish;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import io.dcim.power.collect.PollOutcome;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the watts out of a BMC's answer with Jackson's streaming parser, skipping everything else unread: a
 * poll's answers are read thousands of times a sweep, and building a tree of each costed more CPU than the
 * figure is worth. Stops at the figure, so a malformed tail after it goes unnoticed (the figure itself is sound).
 */
final class PowerFigures {

    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonPointer GPU_WATTS = JsonPointer.compile("/PowerWatts/Reading");

    private PowerFigures() {
    }

    /**
     * The number at {@code pointer} in a JSON object; null when the BMC reports none there (absent or null, as
     * while a sensor warms up).
     *
     * @throws RedfishFailure WRONG_TYPE when the body is not a JSON object or the value is not a number
     */
    static BigDecimal at(byte[] body, JsonPointer pointer, String path) {
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notAnObject(path);
            }
            return number(p, pointer, path);
        } catch (IOException e) {
            throw notJson(path);
        }
    }

    /**
     * From a processor collection expanded two levels ({@code Processors?$expand=.($levels=2)}): each member's
     * inlined {@code EnvironmentMetrics}, by its {@code @odata.id}, to its watts (null: none reported). A member
     * whose metrics came back as a bare link (a service that ignores {@code $expand}, as some do silently) maps
     * to nothing, so the caller asks for it on its own.
     */
    static Map<String, BigDecimal> expandedGpuWatts(byte[] body, String path) {
        Map<String, BigDecimal> watts = new HashMap<>();
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notAnObject(path);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("Members") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        member(p, watts, path);
                    }
                } else {
                    p.skipChildren();
                }
            }
            return watts;
        } catch (IOException e) {
            throw notJson(path);
        }
    }

    /** One processor of the expanded collection, the parser on its START_OBJECT; leaves it on its END_OBJECT. */
    private static void member(JsonParser p, Map<String, BigDecimal> watts, String path) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (!field.equals("EnvironmentMetrics") || value != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String id = null;
            BigDecimal reading = null;
            boolean inlined = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String metricsField = p.currentName();
                JsonToken metricsValue = p.nextToken();
                if (metricsField.equals("@odata.id") && metricsValue == JsonToken.VALUE_STRING) {
                    id = p.getText();
                } else if (metricsField.equals("PowerWatts") && metricsValue == JsonToken.START_OBJECT) {
                    inlined = true;
                    reading = number(p, GPU_WATTS.tail(), path);
                } else {
                    inlined |= !metricsField.startsWith("@odata.");
                    p.skipChildren();
                }
            }
            if (id != null && inlined) {
                watts.put(id, reading);
            }
        }
    }

    /**
     * The number at {@code pointer} below the object the parser has just entered; null when absent or null.
     * Leaves the parser at that object's END_OBJECT.
     */
    private static BigDecimal number(JsonParser p, JsonPointer pointer, String path) throws IOException {
        BigDecimal found = null;
        boolean done = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (done || !field.equals(pointer.getMatchingProperty())) {
                p.skipChildren();
                continue;
            }
            done = true;
            found = value(p, value, pointer.tail(), path);
        }
        return found;
    }

    /** The value the parser is on, followed down what is left of the pointer; consumes it whole. */
    private static BigDecimal value(JsonParser p, JsonToken token, JsonPointer rest, String path) throws IOException {
        if (rest.matches()) {
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getDecimalValue();
            }
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            p.skipChildren();
            throw new RedfishFailure(PollOutcome.WRONG_TYPE, "bad answer: " + path + " is not a number");
        }
        if (token == JsonToken.START_OBJECT) {
            return number(p, rest, path);
        }
        if (token == JsonToken.START_ARRAY && rest.mayMatchElement()) {
            BigDecimal found = null;
            int index = 0;
            JsonToken element;
            while ((element = p.nextToken()) != JsonToken.END_ARRAY) {
                if (index++ == rest.getMatchingIndex()) {
                    found = value(p, element, rest.tail(), path);
                } else {
                    p.skipChildren();
                }
            }
            return found;
        }
        p.skipChildren();
        return null;
    }

    private static RedfishFailure notAnObject(String path) {
        return new RedfishFailure(PollOutcome.WRONG_TYPE, "bad answer: " + path + " is not a JSON object");
    }

    private static RedfishFailure notJson(String path) {
        return new RedfishFailure(PollOutcome.WRONG_TYPE, "bad answer: " + path + " is not JSON");
    }
}
