package io.dcim.power.profile;

import io.dcim.power.collect.Reading;
import io.dcim.power.snmp.Oid;
import io.dcim.power.snmp.SnmpValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Turns the values a poll read into readings, applying each profile entry's scale, precision and unit. */
public final class ProfileMapper {

    private ProfileMapper() {
    }

    public static List<Reading> map(DeviceProfile profile, SortedMap<Oid, SnmpValue> values) {
        List<Reading> readings = new ArrayList<>();
        for (MetricPoint p : profile.scalars()) {
            BigDecimal raw = number(values.get(p.oid()));
            if (raw != null) {
                readings.add(new Reading(p.metric(), "", normalize(raw.multiply(p.scale())), p.unit()));
            }
        }
        for (MetricPoint p : profile.columns()) {
            List<BigDecimal> rows = new ArrayList<>();
            for (Map.Entry<Oid, SnmpValue> e : column(values, p.oid()).entrySet()) {
                BigDecimal raw = number(e.getValue());
                if (raw == null) {
                    continue;
                }
                BigDecimal value = raw.multiply(p.scale());
                if (p.combine() == Combine.ROWS) {
                    readings.add(new Reading(p.metric(), index(e.getKey(), p.oid()), normalize(value), p.unit()));
                } else {
                    rows.add(value);
                }
            }
            if (!rows.isEmpty()) {
                readings.add(new Reading(p.metric(), "", normalize(p.combine().of(rows)), p.unit()));
            }
        }
        for (SensorTable t : profile.sensorTables()) {
            mapSensors(t, values, readings);
        }
        return readings;
    }

    private static void mapSensors(SensorTable t, SortedMap<Oid, SnmpValue> values, List<Reading> out) {
        Map<SensorTable.SensorType, List<BigDecimal>> combined = new LinkedHashMap<>();
        for (Map.Entry<Oid, SnmpValue> e : column(values, t.valueColumn()).entrySet()) {
            BigDecimal raw = number(e.getValue());
            Oid index = e.getKey().suffixAfter(t.valueColumn());
            Integer type = sensorType(t, values, index);
            SensorTable.SensorType meaning = type == null ? null : t.types().get(type);
            if (raw == null || meaning == null) {
                continue; // sensors of types the profile does not map (voltage, energy...) are not readings
            }
            int exponent = 0;
            if (t.scaleColumn() != null) {
                BigDecimal scale = number(values.get(append(t.scaleColumn(), index)));
                if (scale == null) {
                    continue;
                }
                Integer scaleExponent = EntitySensorScale.exponent(scale.intValue());
                if (scaleExponent == null) {
                    continue; // an agent reporting an undefined scale: no trustworthy value
                }
                exponent += scaleExponent;
            }
            if (t.decimalsColumn() != null) {
                BigDecimal decimals = number(values.get(append(t.decimalsColumn(), index)));
                if (decimals == null) {
                    continue;
                }
                exponent -= decimals.intValue();
            }
            BigDecimal value = raw.scaleByPowerOfTen(exponent).multiply(meaning.factor());
            if (meaning.combine() == Combine.ROWS) {
                out.add(new Reading(meaning.metric(), rowKey(t, index), normalize(value), meaning.unit()));
            } else {
                combined.computeIfAbsent(meaning, k -> new ArrayList<>()).add(value);
            }
        }
        combined.forEach((type, rows) -> out.add(
                new Reading(type.metric(), "", normalize(type.combine().of(rows)), type.unit())));
    }

    /** The instance a row's reading is stored under: the index part the table names, else the whole index. */
    static String rowKey(SensorTable t, Oid index) {
        return t.rowIndex() > 0 && t.rowIndex() <= index.size() ? Long.toString(index.get(t.rowIndex() - 1))
                : index.toString();
    }

    private static Integer sensorType(SensorTable t, SortedMap<Oid, SnmpValue> values, Oid index) {
        if (t.typeColumn() != null) {
            BigDecimal type = number(values.get(append(t.typeColumn(), index)));
            return type == null ? null : type.intValue();
        }
        int position = index.size() - t.typeIndexFromEnd();
        return position < 0 ? null : (int) index.get(position);
    }

    /** 15.30 -> 15.3 and 3.52E+3 -> 3520: plain, without noise digits, never in exponent form. */
    private static BigDecimal normalize(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static SortedMap<Oid, SnmpValue> column(SortedMap<Oid, SnmpValue> values, Oid column) {
        return values.subMap(column, column.nextPeer());
    }

    private static String index(Oid instance, Oid column) {
        return instance.suffixAfter(column).toString();
    }

    private static Oid append(Oid column, Oid index) {
        return column.append(index);
    }

    private static BigDecimal number(SnmpValue v) {
        return v instanceof SnmpValue.Numeric n ? n.decimal() : null;
    }
}
