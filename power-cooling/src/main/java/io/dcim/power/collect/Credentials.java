package io.dcim.power.collect;

/**
 * How to authenticate to an endpoint, in its protocol's terms (SNMP communities or USM users; Redfish will
 * bring a user and password). Implementations print their secrets as {@code ****}.
 */
public interface Credentials {

    Protocol protocol();
}
