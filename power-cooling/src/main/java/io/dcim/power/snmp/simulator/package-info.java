/**
 * A built-in SNMP agent on loopback UDP (snmp4j-agent) that serves many virtual devices from one port,
 * selected by community (v1/v2c) or SNMPv3 context, with a configurable response latency (scheduled, not
 * slept) and loss rate. Used by the embedded default configuration, by tests and by benchmarks.
 */
package io.dcim.power.snmp.simulator;
