/**
 * Servers' own power: what a GPU server and each of its cards draw, as its BMC reports over Redfish
 * ({@link io.dcim.power.server.ServerPowerService}), for the device page and the API. Shown per device; cabinet
 * loads stay the PDUs' measurement.
 */
package io.dcim.power.server;
