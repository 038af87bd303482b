/** Neighbours as switches report them over LLDP-MIB, read with the SNMP poller, for the cabling check. */
package io.dcim.power.lldp;
