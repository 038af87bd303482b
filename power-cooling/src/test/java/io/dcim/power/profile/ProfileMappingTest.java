package io.dcim.power.profile;

import io.dcim.common.error.InvalidValueException;
import io.dcim.power.collect.Reading;
import io.dcim.power.snmp.Oid;
import io.dcim.power.snmp.SnmpValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ProfileMappingTest {

    private final ProfileCatalog catalog = ProfileCatalog.builtIn();

    @Test
    void shipsTheFiveProfiles() {
        assertThat(catalog.all()).extracting(DeviceProfile::id)
                .containsExactlyInAnyOrder("ups-mib", "entity-sensor", "apc-rpdu2", "raritan-pdu2", "generic-cooling");
    }

    @Test
    void apcRpdu2ScalesHundredthsOfKilowattsAndTenthsOfAmps() throws IOException {
        List<Reading> r = ProfileMapper.map(catalog.get("apc-rpdu2"), walk("apc-rpdu2"));

        assertThat(r).extracting(Reading::metric, Reading::instance, Reading::value).containsExactlyInAnyOrder(
                tuple(Metrics.PDU_POWER_W, "", new BigDecimal("3520")),
                tuple(Metrics.PDU_ENERGY_WH, "", new BigDecimal("17098200")),
                tuple(Metrics.PDU_PHASE_CURRENT_A, "1", new BigDecimal("15.3")),
                tuple(Metrics.PDU_PHASE_CURRENT_A, "2", new BigDecimal("14.8")),
                tuple(Metrics.PDU_PHASE_VOLTAGE_V, "1", new BigDecimal("229")),
                tuple(Metrics.PDU_PHASE_POWER_W, "1", new BigDecimal("1180")),
                // rPDU2OutletMeteredStatusActivePower is in watts; the outlets' names and currents are not stored
                tuple(Metrics.PDU_OUTLET_POWER_W, "1", new BigDecimal("1200")),
                tuple(Metrics.PDU_OUTLET_POWER_W, "2", new BigDecimal("1150")),
                tuple(Metrics.PDU_OUTLET_POWER_W, "3", new BigDecimal("1170")),
                tuple(Metrics.SENSOR_TEMP_C, "", new BigDecimal("23.9")),
                tuple(Metrics.SENSOR_HUMIDITY_PCT, "", new BigDecimal("41")));
        assertThat(r.get(0).roundedLong()).isEqualTo(3520L);
    }

    @Test
    void raritanAppliesEachSensorsDecimalDigitsAndSkipsUnmappedTypes() throws IOException {
        List<Reading> r = ProfileMapper.map(catalog.get("raritan-pdu2"), walk("raritan-pdu2"));

        assertThat(r).extracting(Reading::metric, Reading::instance, Reading::value).containsExactlyInAnyOrder(
                tuple(Metrics.PDU_INLET_CURRENT_A, "1.1.1", new BigDecimal("15.3")),
                tuple(Metrics.PDU_INLET_CURRENT_A, "1.2.1", new BigDecimal("2.5")),
                tuple(Metrics.PDU_INLET_VOLTAGE_V, "1.1.4", new BigDecimal("231")),
                tuple(Metrics.PDU_POWER_W, "", new BigDecimal("4100")),   // both inlets: 3520 + 580
                tuple(Metrics.PDU_ENERGY_WH, "", new BigDecimal("1234567")), // powerFactor(7) is not mapped
                // outlet sensors pduId.outletId.sensorType: the power under the outlet number, an outlet's current
                // (type 1) not stored; outlet 2 reports one decimal digit
                tuple(Metrics.PDU_OUTLET_POWER_W, "1", new BigDecimal("2000")),
                tuple(Metrics.PDU_OUTLET_POWER_W, "2", new BigDecimal("1520.5")));
    }

    @Test
    void entitySensorAppliesScaleAndPrecision() throws IOException {
        List<Reading> r = ProfileMapper.map(catalog.get("entity-sensor"), walk("entity-sensor"));

        assertThat(r).extracting(Reading::metric, Reading::instance, Reading::value).containsExactlyInAnyOrder(
                tuple(Metrics.SENSOR_TEMP_C, "", new BigDecimal("26.1")),      // the hotter of 23.5 (units, precision 1) and 26.1
                tuple(Metrics.SENSOR_POWER_W, "", new BigDecimal("12340")),    // kilo, precision 2: 12.34 kW
                tuple(Metrics.SENSOR_CURRENT_A, "13", new BigDecimal("15.3"))); // milli, precision 0: 15300 mA
    }

    @Test
    void upsMibAndCoolingMapScalarsAndColumns() throws IOException {
        List<Reading> ups = ProfileMapper.map(catalog.get("ups-mib"), walk("ups-mib"));
        List<Reading> cooling = ProfileMapper.map(catalog.get("generic-cooling"), walk("generic-cooling"));

        assertThat(ups).extracting(Reading::metric, Reading::instance, Reading::value).contains(
                tuple(Metrics.UPS_BATTERY_CHARGE_PCT, "", new BigDecimal("97")),
                tuple(Metrics.UPS_INPUT_POWER_W, "", new BigDecimal("12700")), // three lines: 4200 + 4300 + 4200
                tuple(Metrics.UPS_INPUT_CURRENT_A, "1", new BigDecimal("18.3")),
                tuple(Metrics.UPS_OUTPUT_POWER_W, "", new BigDecimal("3900")),
                tuple(Metrics.UPS_OUTPUT_LOAD_PCT, "", new BigDecimal("62")));
        assertThat(ups).filteredOn(x -> x.metric().equals(Metrics.UPS_INPUT_POWER_W)).hasSize(1);
        assertThat(cooling).extracting(Reading::metric, Reading::value).containsExactlyInAnyOrder(
                tuple(Metrics.COOLING_SUPPLY_TEMP_C, new BigDecimal("18")),
                tuple(Metrics.COOLING_RETURN_TEMP_C, new BigDecimal("30.5")),
                tuple(Metrics.COOLING_FAN_PCT, new BigDecimal("64")),
                tuple(Metrics.COOLING_CAPACITY_W, new BigDecimal("60000")));
    }

    @Test
    void everyShippedProfileStoresDeviceLevelQuantitiesUnderCanonicalNamesAndOnlyRowsWithAnIndex() {
        for (DeviceProfile p : catalog.all()) {
            p.scalars().forEach(m -> assertThat(Metrics.DEVICE_LEVEL).as(p.id() + " " + m.metric()).contains(m.metric()));
            p.columns().stream().filter(m -> m.combine() != Combine.ROWS).forEach(m ->
                    assertThat(Metrics.DEVICE_LEVEL).as(p.id() + " " + m.metric()).contains(m.metric()));
            p.columns().stream().filter(m -> m.combine() == Combine.ROWS).forEach(m ->
                    assertThat(Metrics.DEVICE_LEVEL).as(p.id() + " " + m.metric()).doesNotContain(m.metric()));
            p.sensorTables().forEach(t -> t.types().values().forEach(type -> assertThat(
                    Metrics.DEVICE_LEVEL.contains(type.metric())).as(p.id() + " " + type.metric())
                    .isEqualTo(type.combine() != Combine.ROWS)));
        }
    }

    @Test
    void combineIsRefusedOnScalarsAndMustBeKnown() {
        assertThatThrownBy(() -> parse("{\"id\": \"x\", \"match\": {\"models\": [\"m\"]}, \"scalars\": "
                + "[{\"oid\": \"1.3.6.1.2.1.1.0\", \"metric\": \"a.b\", \"syntax\": \"INTEGER\", \"unit\": \"W\","
                + " \"combine\": \"SUM\"}]}"))
                .hasMessageContaining("bad.json#scalars[0].combine").hasMessageContaining("table columns only");
        assertThatThrownBy(() -> parse("{\"id\": \"x\", \"match\": {\"models\": [\"m\"]}, \"columns\": "
                + "[{\"oid\": \"1.3.6.1.2.1.1\", \"metric\": \"a.b\", \"syntax\": \"INTEGER\", \"unit\": \"W\","
                + " \"combine\": \"MEDIAN\"}]}"))
                .hasMessageContaining("bad.json#columns[0].combine").hasMessageContaining("MEDIAN");
    }

    @Test
    void selectsByLongestSysObjectIdPrefixThenByModel() {
        assertThat(catalog.select("1.3.6.1.4.1.318.1.3.4.5", null)).get().extracting(DeviceProfile::id).isEqualTo("apc-rpdu2");
        assertThat(catalog.select(".1.3.6.1.4.1.13742.6", null)).get().extracting(DeviceProfile::id).isEqualTo("raritan-pdu2");
        assertThat(catalog.select("1.3.6.1.4.1.318.1.3.45", null)).isEmpty();
        assertThat(catalog.select("1.3.6.1.4.1.9.1.1", "Generic-UPS")).get().extracting(DeviceProfile::id).isEqualTo("ups-mib");
    }

    @Test
    void adminProfilesFromADirectoryOverrideShippedOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("my-crah.json"), """
                {"id": "generic-cooling", "match": {"models": ["ACME CRAH 9000"]},
                 "scalars": [{"oid": "1.3.6.1.4.1.4242.1.0", "metric": "cooling.supply.temp.c", "syntax": "INTEGER", "unit": "C"}]}
                """);

        ProfileCatalog merged = ProfileCatalog.builtInPlus(dir);

        assertThat(merged.select(null, "acme crah 9000")).get().extracting(p -> p.scalars().get(0).oid())
                .isEqualTo(Oid.parse("1.3.6.1.4.1.4242.1.0"));
        assertThat(merged.all()).hasSize(5);
    }

    @Test
    void badProfileFilesNameTheFileAndTheField(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> parse("{\"id\": \"x\", \"match\": {\"models\": [\"m\"]}, \"scalars\": "
                + "[{\"oid\": \"1.3.6.1.2.1.1.0\", \"metric\": \"a.b\", \"syntax\": \"INTEGER\", \"unit\": \"W\"},"
                + " {\"oid\": \"one.two\", \"metric\": \"a.b\", \"syntax\": \"INTEGER\", \"unit\": \"W\"}]}"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("bad.json#scalars[1].oid")
                .hasMessageContaining("not a dotted OID");
        assertThatThrownBy(() -> parse("{\"id\": \"x\", \"match\": {\"models\": [\"m\"]}, \"scalars\": "
                + "[{\"oid\": \"1.3.6.1.2.1.1.0\", \"metric\": \"a.b\", \"syntax\": \"FLOAT\", \"unit\": \"W\"}]}"))
                .hasMessageContaining("bad.json#scalars[0].syntax");
        assertThatThrownBy(() -> parse("{\"id\": \"x\", \"match\": {\"models\": [\"m\"]}, \"scalarz\": []}"))
                .hasMessageContaining("bad.json#scalarz").hasMessageContaining("not a known field");
        assertThatThrownBy(() -> parse("{\"id\": \"x\", "))
                .hasMessageContaining("bad.json").hasMessageContaining("not valid JSON");
        Files.writeString(dir.resolve("broken.json"), "{\"id\": \"y\", \"match\": {}}");
        assertThatThrownBy(() -> ProfileCatalog.builtInPlus(dir)).hasMessageContaining("broken.json#match");
    }

    private static DeviceProfile parse(String json) throws IOException {
        return ProfileLoader.parse("bad.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads an {@code snmpwalk -On} style fixture. */
    static SortedMap<Oid, SnmpValue> walk(String name) throws IOException {
        SortedMap<Oid, SnmpValue> values = new TreeMap<>();
        try (InputStream in = ProfileMappingTest.class.getResourceAsStream("/fixtures/" + name + ".walk")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(" = ", 2);
                String[] typed = parts[1].split(": ", 2);
                Oid oid = Oid.parse(parts[0]);
                SnmpValue v = switch (typed[0]) {
                    case "INTEGER" -> SnmpValue.number(Integer.parseInt(typed[1].trim()));
                    case "Gauge32" -> SnmpValue.number(Long.parseLong(typed[1].trim()));
                    default -> SnmpValue.text(typed[1]);
                };
                values.put(oid, v);
            }
        }
        return values;
    }
}
