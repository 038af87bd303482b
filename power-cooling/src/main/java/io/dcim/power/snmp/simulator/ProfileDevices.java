package io.dcim.power.snmp.simulator;

import io.dcim.power.profile.Combine;
import io.dcim.power.profile.DeviceProfile;
import io.dcim.power.profile.MetricPoint;
import io.dcim.power.profile.SensorTable;
import io.dcim.power.profile.SnmpSyntax;
import io.dcim.power.snmp.Oid;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Builds a virtual device that exposes the OIDs of a shipped profile, encoding the signal's physical values
 * the way the real MIB does (tenths of amps, hundredths of kW, decimal digits, ENTITY-SENSOR scale).
 */
public final class ProfileDevices {

    /** Placeholder sysObjectID for profiles matched only by model. */
    private static final OID UNSPECIFIED_SYS_OBJECT_ID = new OID("1.3.6.1.4.1.99999.9");

    private ProfileDevices() {
    }

    /**
     * @param key  community / context name, e.g. {@code pdu-0001}
     * @param rows rows per table (phases, inlets, sensors per type)
     */
    public static VirtualDevice device(String key, DeviceProfile profile, int rows, MetricSignal signal) {
        return device(key, profile, metric -> rows, signal);
    }

    /**
     * @param rowsOf rows of the table carrying each metric: three phases, but as many outlets as the PDU has
     *               supplies plugged in
     */
    public static VirtualDevice device(String key, DeviceProfile profile, ToIntFunction<String> rowsOf,
                                       MetricSignal signal) {
        OID sysObjectId = profile.sysObjectIdPrefixes().isEmpty() ? UNSPECIFIED_SYS_OBJECT_ID
                : new OID(profile.sysObjectIdPrefixes().get(0));
        VirtualDevice.Builder b = VirtualDevice.builder(key, sysObjectId, "dcim simulated " + profile.id() + " " + key);
        for (MetricPoint p : profile.scalars()) {
            b.value(snmp4j(p.oid()), now -> encode(p.syntax(), signal.value(p.metric(), "", now) / p.scale().doubleValue()));
        }
        for (MetricPoint p : profile.columns()) {
            int rows = rowsOf.applyAsInt(p.metric());
            for (int r = 1; r <= rows; r++) {
                String instance = Integer.toString(r);
                b.value(snmp4j(p.oid()).append(r), now -> encode(p.syntax(),
                        rowValue(signal, p.metric(), instance, p.combine(), rows, now) / p.scale().doubleValue()));
            }
        }
        for (SensorTable t : profile.sensorTables()) {
            addSensors(b, t, rowsOf, signal);
        }
        return b.build();
    }

    private static void addSensors(VirtualDevice.Builder b, SensorTable t, ToIntFunction<String> rowsOf,
                                   MetricSignal signal) {
        int next = 1;
        for (Map.Entry<Integer, SensorTable.SensorType> e : new TreeMap<>(t.types()).entrySet()) {
            SensorTable.SensorType type = e.getValue();
            int digits = type.metric().endsWith(".w") ? 0 : 1;
            int rows = rowsOf.applyAsInt(type.metric());
            for (int r = 1; r <= rows; r++) {
                // ENTITY-SENSOR: one physical index per sensor; Raritan: pduId.inletId.sensorType
                OID index = t.typeColumn() != null ? new OID(new int[] {next++}) : new OID(new int[] {1, r, e.getKey()});
                String instance = t.rowIndex() > 0 ? Integer.toString(r) : index.toDottedString();
                BigDecimal factor = type.factor();
                b.value(snmp4j(t.valueColumn()).append(index), now -> encode(t.valueSyntax(),
                        rowValue(signal, type.metric(), instance, type.combine(), rows, now) / factor.doubleValue()
                                * Math.pow(10, digits)));
                if (t.typeColumn() != null) {
                    b.constant(snmp4j(t.typeColumn()).append(index), new Integer32(e.getKey()));
                }
                if (t.scaleColumn() != null) {
                    b.constant(snmp4j(t.scaleColumn()).append(index), new Integer32(9)); // units(9) = 10^0
                }
                if (t.decimalsColumn() != null) {
                    b.constant(snmp4j(t.decimalsColumn()).append(index), new Integer32(digits));
                }
            }
        }
    }

    /** A fresh SNMP4J identifier (SNMP4J's {@code append} changes the OID it is called on). */
    private static OID snmp4j(Oid oid) {
        return new OID(oid.ids());
    }

    /**
     * The value one row serves. Rows a profile combines carry the device-level value (the signal's value for
     * instance ""), split evenly when they are summed, so that what the poller combines is the signal's value.
     */
    private static double rowValue(MetricSignal signal, String metric, String instance, Combine combine, int rows,
                                   Instant now) {
        return switch (combine) {
            case ROWS -> signal.value(metric, instance, now);
            case SUM -> signal.value(metric, "", now) / rows;
            case MAX, AVG -> signal.value(metric, "", now);
        };
    }

    static Variable encode(SnmpSyntax syntax, double raw) {
        long v = BigDecimal.valueOf(raw).setScale(0, RoundingMode.HALF_UP).longValue();
        return switch (syntax) {
            case INTEGER -> new Integer32((int) v);
            case GAUGE -> new Gauge32(Math.max(0, v));
            case COUNTER32 -> new Counter32(Math.max(0, v));
            case COUNTER64 -> new Counter64(v);
            case STRING -> new OctetString(Long.toString(v));
        };
    }
}
