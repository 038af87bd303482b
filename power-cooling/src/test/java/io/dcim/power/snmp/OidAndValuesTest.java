package io.dcim.power.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;

class OidAndValuesTest {

    @Test
    void parsesDottedOidsWithOrWithoutALeadingDot() {
        assertThat(Oid.parse(".1.3.6.1.2.1.1.5.0")).isEqualTo(Oid.parse("1.3.6.1.2.1.1.5.0"))
                .hasToString("1.3.6.1.2.1.1.5.0").hasSameHashCodeAs(Oid.of(1, 3, 6, 1, 2, 1, 1, 5, 0));
        assertThat(Oid.parse("1.3.6.1.4.1.4294967295").get(6)).isEqualTo(4_294_967_295L);
    }

    @Test
    void refusesWhatIsNotAnOid() {
        for (String bad : List.of("", "1..3", "1.3.", "one.two", "1.-3", "1.3.4294967296")) {
            assertThatThrownBy(() -> Oid.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void sortsAsAgentsWalkWithUnsignedSubIdentifiers() {
        TreeMap<Oid, String> walk = new TreeMap<>();
        for (String oid : List.of("1.3.6.1.4.1.4294967295", "1.3.6.1.4.1.2.1", "1.3.6.1.4.1.2", "1.3.6.1.4.1.10",
                "1.3.6.1.4.1.2147483648")) {
            walk.put(Oid.parse(oid), oid);
        }
        assertThat(walk.values()).containsExactly("1.3.6.1.4.1.2", "1.3.6.1.4.1.2.1", "1.3.6.1.4.1.10",
                "1.3.6.1.4.1.2147483648", "1.3.6.1.4.1.4294967295");
        // the same order SNMP4J keeps, so a walk's cursor and our results agree
        List<OID> snmp4j = walk.keySet().stream().map(Snmp4jValues::snmp4jOid).toList();
        assertThat(snmp4j).isSorted();
    }

    @Test
    void aColumnsRowsLieBetweenItAndItsNextPeer() {
        Oid column = Oid.parse("1.3.6.1.4.1.318.1.1.26.6.3.1.5");
        TreeMap<Oid, String> values = new TreeMap<>();
        values.put(column.append(1), "row 1");
        values.put(column.append(Oid.of(2, 7)), "row 2.7");
        values.put(Oid.parse("1.3.6.1.4.1.318.1.1.26.6.3.1.6.1"), "next column");
        values.put(Oid.parse("1.3.6.1.4.1.318.1.1.26.6.3.1.4.9"), "previous column");

        assertThat(values.subMap(column, column.nextPeer()).values()).containsExactly("row 1", "row 2.7");
        assertThat(column.append(Oid.of(2, 7)).suffixAfter(column)).hasToString("2.7");
        assertThat(column.append(Oid.of(2, 7)).startsWith(column)).isTrue();
        assertThat(column.startsWith(column.append(1))).isFalse();
        assertThatThrownBy(() -> column.suffixAfter(Oid.parse("1.3.6.2"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void snmp4jIdentifiersAndValuesBecomeOurOwn() {
        OID big = new OID("1.3.6.1.4.1.4294967295.2147483648");
        assertThat(Snmp4jValues.ownOid(big)).hasToString("1.3.6.1.4.1.4294967295.2147483648");
        assertThat(Snmp4jValues.snmp4jOid(Snmp4jValues.ownOid(big))).isEqualTo(big);

        assertThat(Snmp4jValues.ownValue(new Integer32(-40))).isEqualTo(SnmpValue.number(-40));
        assertThat(Snmp4jValues.ownValue(new Gauge32(4_294_967_295L))).isEqualTo(SnmpValue.number(4_294_967_295L));
        assertThat(Snmp4jValues.ownValue(new TimeTicks(12_345))).isEqualTo(SnmpValue.number(12_345));
        SnmpValue counter = Snmp4jValues.ownValue(new Counter64(-1L));
        assertThat(((SnmpValue.Numeric) counter).decimal()).isEqualTo(new BigDecimal("18446744073709551615"));
        assertThat(counter).hasToString("18446744073709551615");
        assertThat(Snmp4jValues.ownValue(new OctetString("pdu-a01"))).isEqualTo(SnmpValue.text("pdu-a01"));
        assertThat(Snmp4jValues.ownValue(new OID("1.3.6.1.4.1.318")))
                .isEqualTo(new SnmpValue.ObjectId(Oid.parse("1.3.6.1.4.1.318")));
        assertThat(Snmp4jValues.ownValue(new IpAddress("10.20.0.17"))).isEqualTo(new SnmpValue.Other("10.20.0.17"));
    }
}
