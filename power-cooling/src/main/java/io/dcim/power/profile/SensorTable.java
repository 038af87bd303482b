package io.dcim.power.profile;

import io.dcim.power.snmp.Oid;

import java.util.Map;

/**
 * A table of typed sensors (ENTITY-SENSOR-MIB, Raritan PDU2-MIB): each row has a value, a sensor type that
 * decides the metric, and optionally a power-of-ten scale and a number of decimal digits.
 *
 * @param typeColumn      column holding the sensor type, or null when the type is an index component
 * @param typeIndexFromEnd with {@code typeColumn} null: which index sub-identifier is the type, counted from
 *                         the end (1 = last), as in Raritan's {@code pduId.inletId.sensorType}
 * @param scaleColumn     column of an ENTITY-SENSOR-MIB {@code SensorDataScale} (units(9) = 10^0), or null
 * @param decimalsColumn  column of decimal digits (ENTITY-SENSOR precision, Raritan decimal digits), or null;
 *                        it may live in another table indexed the same way
 * @param types           sensor type code to the metric it carries
 * @param rowIndex        which index sub-identifier (from 1) names the row a reading is stored under, as the outlet
 *                        number in Raritan's {@code pduId.outletId.sensorType}; 0 for the whole index
 * @param required        the device is of no use without the table: its value, type, scale and decimals columns
 *                        are then all needed for a poll to be OK (without them the values cannot be read right)
 */
public record SensorTable(String name, Oid valueColumn, SnmpSyntax valueSyntax, Oid typeColumn, int typeIndexFromEnd,
                          Oid scaleColumn, Oid decimalsColumn, Map<Integer, SensorType> types, int rowIndex,
                          boolean required) {

    /**
     * What a sensor type code means: metric, unit, a factor to the metric's unit (e.g. kW to W), and whether
     * the sensors of the type are readings of their own ({@link Combine#ROWS}) or combined into one.
     */
    public record SensorType(String metric, String unit, java.math.BigDecimal factor, Combine combine) {

        public SensorType {
            combine = combine == null ? Combine.ROWS : combine;
        }
    }
}
