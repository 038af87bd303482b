package io.dcim.power.snmp;

import org.snmp4j.mp.SnmpConstants;

/** Protocol version of a target. v1 walks tables with GETNEXT; v2c and v3 with GETBULK. */
public enum SnmpVersion {
    V1(SnmpConstants.version1), V2C(SnmpConstants.version2c), V3(SnmpConstants.version3);

    private final int snmp4jVersion;

    SnmpVersion(int snmp4jVersion) {
        this.snmp4jVersion = snmp4jVersion;
    }

    int snmp4jVersion() {
        return snmp4jVersion;
    }

    boolean supportsBulk() {
        return this != V1;
    }
}
