package io.dcim.power.snmp;

import org.snmp4j.security.AuthHMAC128SHA224;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthHMAC256SHA384;
import org.snmp4j.security.AuthHMAC384SHA512;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.smi.OID;

/** USM authentication protocols. MD5 is deliberately absent: it is broken and no current PDU needs it. */
public enum AuthProtocol {
    NONE(null), SHA1(AuthSHA.ID), SHA224(AuthHMAC128SHA224.ID), SHA256(AuthHMAC192SHA256.ID),
    SHA384(AuthHMAC256SHA384.ID), SHA512(AuthHMAC384SHA512.ID);

    private final OID oid;

    AuthProtocol(OID oid) {
        this.oid = oid;
    }

    public OID oid() {
        return oid;
    }
}
