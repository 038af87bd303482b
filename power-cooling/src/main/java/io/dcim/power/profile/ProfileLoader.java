package io.dcim.power.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.power.snmp.Oid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one profile file. Every error names the file and the JSON path of the field, e.g.
 * {@code apc.json#scalars[2].oid: is not a dotted OID}, so an admin can fix a hand-written profile.
 * Unknown fields are errors (a typo must not silently drop a metric); fields starting with {@code _} are
 * comments. A scalar, column or sensor table marked {@code "required": true} must be read for a poll to be OK;
 * the others are optional (read when the model has them).
 */
public final class ProfileLoader {

    // Text after the object is an error: a pasted file cut or joined in the wrong place must not half-load.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern DOTTED_OID = Pattern.compile("^\\.?\\d+(\\.\\d+)+$");
    private static final Pattern METRIC = Pattern.compile("^[a-z][a-z0-9]*(\\.[a-z0-9]+)+$");

    private ProfileLoader() {
    }

    public static DeviceProfile load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read profile " + file, e);
        }
    }

    public static DeviceProfile parse(String fileName, InputStream in) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidValueException(fileName, Message.of("power.profile.notJson",
                    e.getLocation().getLineNr(), e.getOriginalMessage()));
        }
        return new Reader(fileName).profile(root);
    }

    private record Reader(String file) {

        DeviceProfile profile(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw error("", "power.profile.notJsonObject");
            }
            allowOnly(root, "", Set.of("id", "description", "source", "match", "scalars", "columns", "sensorTables"));
            String id = text(root, "", "id", true);
            if (!id.matches("[a-z0-9][a-z0-9-]*")) {
                throw error("id", "power.profile.idCharacters");
            }
            JsonNode match = root.get("match");
            if (match == null || !match.isObject()) {
                throw error("match", "power.profile.matchRequired");
            }
            allowOnly(match, "match", Set.of("sysObjectIdPrefixes", "models"));
            List<String> prefixes = new ArrayList<>();
            List<String> models = new ArrayList<>();
            stringList(match, "match", "sysObjectIdPrefixes").forEach((path, s) -> prefixes.add(oid(path, s).toString()));
            stringList(match, "match", "models").forEach((path, s) -> models.add(s));
            if (prefixes.isEmpty() && models.isEmpty()) {
                throw error("match", "power.profile.matchEmpty");
            }
            List<MetricPoint> scalars = points(root, "scalars");
            List<MetricPoint> columns = points(root, "columns");
            List<SensorTable> sensors = new ArrayList<>();
            JsonNode tables = root.get("sensorTables");
            if (tables != null) {
                requireArray(tables, "sensorTables");
                for (int i = 0; i < tables.size(); i++) {
                    sensors.add(sensorTable(tables.get(i), "sensorTables[" + i + "]"));
                }
            }
            if (scalars.isEmpty() && columns.isEmpty() && sensors.isEmpty()) {
                throw error("", "power.profile.noMetrics");
            }
            return new DeviceProfile(id, text(root, "", "description", false), text(root, "", "source", false),
                    prefixes, models, scalars, columns, sensors);
        }

        List<MetricPoint> points(JsonNode root, String field) {
            List<MetricPoint> out = new ArrayList<>();
            JsonNode array = root.get(field);
            if (array == null) {
                return out;
            }
            requireArray(array, field);
            for (int i = 0; i < array.size(); i++) {
                String path = field + "[" + i + "]";
                JsonNode n = array.get(i);
                if (!n.isObject()) {
                    throw error(path, "power.profile.notObject");
                }
                allowOnly(n, path, Set.of("oid", "metric", "syntax", "scale", "unit", "name", "combine", "required"));
                Combine combine = combine(n, path);
                if (field.equals("scalars") && combine != Combine.ROWS) {
                    throw error(path + ".combine", "power.profile.combineOnScalar");
                }
                out.add(new MetricPoint(oid(path + ".oid", text(n, path, "oid", true)), metric(n, path),
                        syntax(n, path, "syntax"), decimal(n, path, "scale", BigDecimal.ONE), text(n, path, "unit", true),
                        combine, flag(n, path, "required")));
            }
            return out;
        }

        SensorTable sensorTable(JsonNode n, String path) {
            if (!n.isObject()) {
                throw error(path, "power.profile.notObject");
            }
            allowOnly(n, path, Set.of("name", "valueColumn", "valueSyntax", "typeColumn", "typeIndexFromEnd",
                    "scaleColumn", "decimalsColumn", "types", "rowIndex", "required"));
            Oid typeColumn = optionalOid(n, path, "typeColumn");
            int typeFromEnd = n.has("typeIndexFromEnd") ? n.get("typeIndexFromEnd").asInt(-1) : 0;
            if (typeColumn == null && typeFromEnd < 1) {
                throw error(path + ".typeColumn", "power.profile.typeColumnRequired");
            }
            int rowIndex = n.has("rowIndex") ? n.get("rowIndex").asInt(-1) : 0;
            if (n.has("rowIndex") && (!n.get("rowIndex").isInt() || rowIndex < 1)) {
                throw error(path + ".rowIndex", "power.profile.rowIndexPositive");
            }
            JsonNode types = n.get("types");
            if (types == null || !types.isObject() || types.isEmpty()) {
                throw error(path + ".types", "power.profile.typesRequired");
            }
            Map<Integer, SensorTable.SensorType> mapped = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = types.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().startsWith("_")) {
                    continue;
                }
                String typePath = path + ".types." + e.getKey();
                int code;
                try {
                    code = Integer.parseInt(e.getKey());
                } catch (NumberFormatException ex) {
                    throw error(typePath, "power.profile.typeCodeInteger");
                }
                allowOnly(e.getValue(), typePath, Set.of("metric", "unit", "factor", "combine"));
                mapped.put(code, new SensorTable.SensorType(metric(e.getValue(), typePath),
                        text(e.getValue(), typePath, "unit", true), decimal(e.getValue(), typePath, "factor", BigDecimal.ONE),
                        combine(e.getValue(), typePath)));
            }
            return new SensorTable(text(n, path, "name", true), oid(path + ".valueColumn", text(n, path, "valueColumn", true)),
                    n.has("valueSyntax") ? syntax(n, path, "valueSyntax") : SnmpSyntax.INTEGER, typeColumn, typeFromEnd,
                    optionalOid(n, path, "scaleColumn"), optionalOid(n, path, "decimalsColumn"), mapped,
                    rowIndex, flag(n, path, "required"));
        }

        String metric(JsonNode n, String path) {
            String m = text(n, path, "metric", true);
            if (!METRIC.matcher(m).matches()) {
                throw error(path + ".metric", "power.profile.metricName", m);
            }
            return m;
        }

        Combine combine(JsonNode n, String path) {
            if (!n.has("combine")) {
                return Combine.ROWS;
            }
            String s = text(n, path, "combine", true);
            try {
                return Combine.valueOf(s.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(path + ".combine", "power.profile.notOneOf", s, List.of(Combine.values()));
            }
        }

        SnmpSyntax syntax(JsonNode n, String path, String field) {
            String s = text(n, path, field, true);
            try {
                return SnmpSyntax.valueOf(s.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(path + "." + field, "power.profile.notOneOf", s, List.of(SnmpSyntax.values()));
            }
        }

        /** An optional true/false field, false when absent; anything but a JSON boolean is an error. */
        boolean flag(JsonNode n, String path, String field) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return false;
            }
            if (!v.isBoolean()) {
                throw error(join(path, field), "power.profile.notBoolean");
            }
            return v.booleanValue();
        }

        BigDecimal decimal(JsonNode n, String path, String field, BigDecimal fallback) {
            JsonNode v = n.get(field);
            if (v == null) {
                return fallback;
            }
            try {
                BigDecimal d = new BigDecimal(v.asText());
                if (d.signum() == 0) {
                    throw error(path + "." + field, "power.profile.zero");
                }
                return d;
            } catch (NumberFormatException e) {
                throw error(path + "." + field, "power.profile.notNumber", v.asText());
            }
        }

        Oid optionalOid(JsonNode n, String path, String field) {
            return n.has(field) ? oid(path + "." + field, text(n, path, field, true)) : null;
        }

        Oid oid(String path, String s) {
            if (!DOTTED_OID.matcher(s).matches()) {
                throw error(path, "power.profile.notOid", s);
            }
            try {
                return Oid.parse(s);
            } catch (IllegalArgumentException e) {
                throw error(path, "power.profile.oidTooLarge", s);
            }
        }

        String text(JsonNode n, String path, String field, boolean required) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    throw error(join(path, field), "common.field.required");
                }
                return "";
            }
            if (!v.isTextual() || (required && v.asText().isBlank())) {
                throw error(join(path, field), "power.profile.notText");
            }
            return v.asText();
        }

        Map<String, String> stringList(JsonNode n, String path, String field) {
            Map<String, String> out = new LinkedHashMap<>();
            JsonNode v = n.get(field);
            if (v == null) {
                return out;
            }
            requireArray(v, join(path, field));
            for (int i = 0; i < v.size(); i++) {
                String p = join(path, field) + "[" + i + "]";
                if (!v.get(i).isTextual()) {
                    throw error(p, "power.profile.notString");
                }
                out.put(p, v.get(i).asText());
            }
            return out;
        }

        void requireArray(JsonNode n, String path) {
            if (!n.isArray()) {
                throw error(path, "power.profile.notArray");
            }
        }

        void allowOnly(JsonNode n, String path, Set<String> allowed) {
            n.fieldNames().forEachRemaining(name -> {
                if (!name.startsWith("_") && !allowed.contains(name)) {
                    throw error(join(path, name), "power.profile.unknownField", allowed);
                }
            });
        }

        /** A refusal naming the file and the JSON path; {@code key} is a message key, never prose. */
        InvalidValueException error(String path, String key, Object... args) {
            return new InvalidValueException(path.isEmpty() ? file : file + "#" + path, Message.of(key, args));
        }

        static String join(String path, String field) {
            return path.isEmpty() ? field : path + "." + field;
        }
    }
}
