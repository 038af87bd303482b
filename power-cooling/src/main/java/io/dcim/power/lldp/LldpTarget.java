package io.dcim.power.lldp;

import io.dcim.power.snmp.SnmpCredentials;
import java.net.InetSocketAddress;

/** A switch whose LLDP-MIB neighbour tables are read for a site's cabling check: its name in the inventory and its agent. */
public record LldpTarget(long siteId, String device, InetSocketAddress address, SnmpCredentials credentials) {
}
