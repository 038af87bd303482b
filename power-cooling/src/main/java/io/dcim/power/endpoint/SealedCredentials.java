package io.dcim.power.endpoint;

import io.dcim.power.snmp.AuthProtocol;
import io.dcim.power.snmp.PrivProtocol;
import io.dcim.power.snmp.SnmpVersion;

/** Credentials as stored: the readable parts and the ciphertext of the secrets (masked when printed). */
record SealedCredentials(SnmpVersion version, String v3User, AuthProtocol authProtocol, PrivProtocol privProtocol,
                         String contextName, String ciphertext) {

    @Override
    public String toString() {
        return "SealedCredentials[" + version + (v3User == null ? "" : ", user=" + v3User) + ", ciphertext ****]";
    }
}
