package io.dcim.common.event;

import java.util.Map;

/**
 * Writes a flat map as a JSON object: the outbox's payloads are names to plain values (or lists of strings), and the common base
 * carries no JSON library for so little. Long values are cut so that the payload stays within its column.
 */
final class FlatJson {

    private static final int MAX_VALUE = 500;

    private FlatJson() {
    }

    static String write(Map<String, ?> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, name);
            json.append(':');
            value(json, value);
        });
        return json.append('}').toString();
    }

    private static void value(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            json.append(value);
        } else if (value instanceof java.util.List<?> items) {
            json.append('[');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                string(json, String.valueOf(items.get(i)));
            }
            json.append(']');
        } else if (value instanceof Double d && !Double.isFinite(d)) {
            string(json, d.toString());
        } else if (value instanceof Number number) {
            json.append(new java.math.BigDecimal(number.toString()).toPlainString());
        } else {
            String text = value.toString();
            string(json, text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE));
        }
    }

    static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
