/**
 * The embedded default's live data: {@link io.dcim.power.demo.PowerDemo} serves the inventory demo site's PDUs,
 * UPSes and cooling units from one built-in SNMP simulator, with values driven by the inventory, and registers
 * them as targets once.
 */
package io.dcim.power.demo;
