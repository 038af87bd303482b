package io.dcim.power.snmp;

import org.snmp4j.security.AuthHMAC128SHA224;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthHMAC256SHA384;
import org.snmp4j.security.AuthHMAC384SHA512;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.security.SecurityProtocols;

/**
 * A private {@link SecurityProtocols} instance with the protocols dcim supports, instead of SNMP4J's
 * JVM-wide singleton (which any other library in the process could change).
 */
public final class Snmp4jSecurity {

    private Snmp4jSecurity() {
    }

    public static SecurityProtocols protocols() {
        SecurityProtocols p = new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.none);
        p.addAuthenticationProtocol(new AuthSHA());
        p.addAuthenticationProtocol(new AuthHMAC128SHA224());
        p.addAuthenticationProtocol(new AuthHMAC192SHA256());
        p.addAuthenticationProtocol(new AuthHMAC256SHA384());
        p.addAuthenticationProtocol(new AuthHMAC384SHA512());
        p.addPrivacyProtocol(new PrivAES128());
        p.addPrivacyProtocol(new PrivAES256());
        return p;
    }
}
