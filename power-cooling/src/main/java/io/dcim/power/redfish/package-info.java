/**
 * Redfish (DMTF) beside SNMP: {@link io.dcim.power.redfish.RedfishCollector} reads a server's draw and each of
 * its GPUs' from the server's BMC, behind the protocol-neutral {@code power.collect} API, so the sweep, the
 * reading store, roll-ups and alarms treat a BMC like any other endpoint. The JDK's asynchronous HttpClient,
 * requests in flight bounded over all BMCs, session login ({@code X-Auth-Token}) with HTTP Basic as the
 * fallback, HTTPS verified unless the endpoint trusts its BMC's self-signed certificate. What a poll reads:
 * {@code Chassis/{id}/EnvironmentMetrics} {@code PowerWatts.Reading} (newer services, with
 * {@code PowerSubsystem}) or {@code Chassis/{id}/Power} {@code PowerControl[0].PowerConsumedWatts}, and
 * {@code Systems/{id}/Processors/{gpu}/EnvironmentMetrics} {@code PowerWatts.Reading} per GPU.
 * The built-in simulator is {@code power.redfish.simulator}.
 */
package io.dcim.power.redfish;
