package io.dcim.power.snmp;

import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.smi.OID;

/**
 * USM privacy protocols. AES-256 uses SNMP4J's {@code PrivAES256} key extension; agents that implement the
 * other (Reeder) extension will fail to decrypt, which shows as AUTH_FAILURE. AES-128 has a single standard.
 */
public enum PrivProtocol {
    NONE(null), AES128(PrivAES128.ID), AES256(PrivAES256.ID);

    private final OID oid;

    PrivProtocol(OID oid) {
        this.oid = oid;
    }

    public OID oid() {
        return oid;
    }
}
