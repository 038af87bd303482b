/**
 * The SNMP collector, and the only package that sees SNMP4J: {@link io.dcim.power.snmp.SnmpCollector} implements
 * the protocol-neutral {@link io.dcim.power.collect.Collector} over {@link io.dcim.power.snmp.SnmpPoller}, which
 * polls asynchronously over one shared SNMP4J session and UDP transport, with requests bounded globally and per
 * agent, GET for scalars and GETBULK/GETNEXT table walks, v1/v2c/v3 (USM), and back-off for failing targets.
 * What to read comes as an {@link io.dcim.power.snmp.SnmpReadPlan} (built by a device profile), what was read
 * goes out as dcim's own {@link io.dcim.power.snmp.Oid} and {@link io.dcim.power.snmp.SnmpValue}, turned into
 * readings by the plan. {@code snmp.simulator} is the other side: an SNMP agent serving virtual devices.
 */
package io.dcim.power.snmp;
