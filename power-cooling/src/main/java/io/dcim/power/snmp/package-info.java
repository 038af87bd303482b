/**
 * Asynchronous SNMP polling over SNMP4J: one shared session and UDP transport, requests bounded globally and
 * per agent, GET for scalars and GETBULK/GETNEXT table walks, v1/v2c/v3 (USM), back-off for failing targets.
 * Every poll yields a {@link io.dcim.power.snmp.PollResult} with an outcome, latency and the values read.
 * Entry point: {@link io.dcim.power.snmp.SnmpPoller}.
 */
package io.dcim.power.snmp;
