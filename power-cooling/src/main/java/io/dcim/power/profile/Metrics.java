package io.dcim.power.profile;

import java.util.List;

/**
 * The canonical metric names readings are stored under, one per quantity whatever the vendor, so a power map
 * asks {@code ReadingStore.latest(targetIds, Metrics.PDU_POWER_W)} and gets every PDU's draw, APC or Raritan.
 *
 * <p>Device-level quantities are stored under the bare name (a profile combines table rows into one value
 * where the MIB spreads it over rows: the devices of a PDU chain, the inlets of a PDU, the input lines of a
 * UPS). Per-row quantities (phases, lines, outlets) are stored as {@code name[row]}, e.g.
 * {@code pdu.phase.current.a[2]}; {@link #row(String, int)} builds those keys.
 *
 * <p>Shipped profiles use only these names; an admin's profile should too, or its readings count nowhere.
 */
public final class Metrics {

    // Rack PDUs (role PDU): the cabinet's IT load is the sum of its PDUs' power.
    /** Active power the PDU delivers, all inlets and chained units together, in W. */
    public static final String PDU_POWER_W = "pdu.power.w";
    /** Apparent power, in VA. */
    public static final String PDU_APPARENT_POWER_VA = "pdu.apparent.power.va";
    /** Energy meter of the PDU (resettable on some models), in Wh. */
    public static final String PDU_ENERGY_WH = "pdu.energy.wh";
    /** Per phase, as {@code pdu.phase.current.a[n]}: RMS current in A, checked against the breaker rating. */
    public static final String PDU_PHASE_CURRENT_A = "pdu.phase.current.a";
    /** Per phase, as {@code pdu.phase.voltage.v[n]}, in V. */
    public static final String PDU_PHASE_VOLTAGE_V = "pdu.phase.voltage.v";
    /** Per phase, as {@code pdu.phase.power.w[n]}, in W. */
    public static final String PDU_PHASE_POWER_W = "pdu.phase.power.w";
    /**
     * Per outlet, as {@code pdu.outlet.power.w[n]} with n the outlet's number on the PDU, in W: what the device whose
     * supply is plugged into outlet n draws through it (the failover analysis moves exactly that).
     */
    public static final String PDU_OUTLET_POWER_W = "pdu.outlet.power.w";
    /** Per inlet (Raritan: {@code pduId.inletId.type}), RMS current in A. */
    public static final String PDU_INLET_CURRENT_A = "pdu.inlet.current.a";
    /** Per inlet, in V. */
    public static final String PDU_INLET_VOLTAGE_V = "pdu.inlet.voltage.v";

    // UPSes (role UPS): their input is the facility load when no utility meter is polled.
    /** True power drawn from the mains, all input lines, in W. */
    public static final String UPS_INPUT_POWER_W = "ups.input.power.w";
    /** Per input line, as {@code ups.input.current.a[n]}, in A. */
    public static final String UPS_INPUT_CURRENT_A = "ups.input.current.a";
    /** Power delivered to the load, all output lines, in W. */
    public static final String UPS_OUTPUT_POWER_W = "ups.output.power.w";
    /** Load of the most loaded output line, in % of the UPS's rating. */
    public static final String UPS_OUTPUT_LOAD_PCT = "ups.output.load.pct";
    public static final String UPS_BATTERY_CHARGE_PCT = "ups.battery.charge.pct";
    public static final String UPS_BATTERY_RUNTIME_MIN = "ups.battery.runtime.min";
    public static final String UPS_BATTERY_TEMP_C = "ups.battery.temp.c";

    // Cooling units (role COOLING).
    public static final String COOLING_SUPPLY_TEMP_C = "cooling.supply.temp.c";
    public static final String COOLING_RETURN_TEMP_C = "cooling.return.temp.c";
    public static final String COOLING_WATER_SUPPLY_TEMP_C = "cooling.water.supply.temp.c";
    public static final String COOLING_FAN_PCT = "cooling.fan.pct";
    /** Per fan, as {@code cooling.fan.rpm[n]}. */
    public static final String COOLING_FAN_RPM = "cooling.fan.rpm";
    /** Cooling the unit delivers now, in W. */
    public static final String COOLING_CAPACITY_W = "cooling.capacity.w";

    // Environment sensors: a PDU's temperature/humidity probe, a SENSOR target, a cooling unit's own probe.
    /**
     * Air temperature at the sensor, in °C: the hottest of a device's temperature sensors, because what is
     * checked against the ASHRAE envelope is the worst inlet. A probe on a cabinet's PDU is the cabinet's inlet.
     */
    public static final String SENSOR_TEMP_C = "sensor.temp.c";
    /** Relative humidity, in %, the mean of a device's humidity sensors. */
    public static final String SENSOR_HUMIDITY_PCT = "sensor.humidity.pct";
    /** Active power a metering sensor measures, all sensors together, in W: what a METER target reports. */
    public static final String SENSOR_POWER_W = "sensor.power.w";
    /** Per sensor, as {@code sensor.current.a[index]}, in A. */
    public static final String SENSOR_CURRENT_A = "sensor.current.a";

    // Servers (role SERVER, read from their BMC over Redfish): shown per device, never summed into cabinets.
    /** What the whole server draws (Redfish PowerControl PowerConsumedWatts or EnvironmentMetrics PowerWatts), in W. */
    public static final String SERVER_POWER_W = "server.power.w";
    /** Per GPU, as {@code gpu.power.w[serial]} (the BMC's processor id when it reports no serial), in W. */
    public static final String GPU_POWER_W = "gpu.power.w";

    /** Device-level quantities a power map or a derived figure reads. */
    public static final List<String> DEVICE_LEVEL = List.of(PDU_POWER_W, PDU_APPARENT_POWER_VA, PDU_ENERGY_WH,
            UPS_INPUT_POWER_W, UPS_OUTPUT_POWER_W, UPS_OUTPUT_LOAD_PCT, UPS_BATTERY_CHARGE_PCT,
            UPS_BATTERY_RUNTIME_MIN, UPS_BATTERY_TEMP_C, COOLING_SUPPLY_TEMP_C, COOLING_RETURN_TEMP_C,
            COOLING_WATER_SUPPLY_TEMP_C, COOLING_FAN_PCT, COOLING_CAPACITY_W, SENSOR_TEMP_C, SENSOR_HUMIDITY_PCT,
            SENSOR_POWER_W);

    private Metrics() {
    }

    /** The stored key of one row of a per-row metric: {@code row("pdu.phase.current.a", 2)} is {@code pdu.phase.current.a[2]}. */
    public static String row(String metric, int row) {
        return metric + "[" + row + "]";
    }
}
