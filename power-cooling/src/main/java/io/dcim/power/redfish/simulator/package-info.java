/**
 * The built-in Redfish service: {@link io.dcim.power.redfish.simulator.RedfishSimulator} on loopback, HTTP or
 * HTTPS with a self-signed certificate made at start, serving {@link io.dcim.power.redfish.simulator.VirtualServer}s
 * (the demo's GPU servers, values from the demo model) for the embedded default, tests and the benchmark.
 */
package io.dcim.power.redfish.simulator;
