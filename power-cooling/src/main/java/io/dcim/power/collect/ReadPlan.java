package io.dcim.power.collect;

/**
 * What to read from one endpoint and how what is read becomes {@link Reading}s, in the protocol's terms (for
 * SNMP the OIDs a device profile names and its mapping). Built by whoever knows the device, handed to the
 * collector of its protocol, which reads and returns readings without knowing the device.
 */
public interface ReadPlan {

    Protocol protocol();
}
