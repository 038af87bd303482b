/**
 * The collector API: what the sweep asks of a device and what it gets back, in no protocol's terms.
 *
 * <p>A poll asks with a {@link io.dcim.power.collect.CollectRequest} (endpoint id, address, {@link
 * io.dcim.power.collect.Credentials}, timeout, retries, and a {@link io.dcim.power.collect.ReadPlan}: what to read
 * and how it becomes readings) and is answered with a {@link io.dcim.power.collect.Collected}: the {@link
 * io.dcim.power.collect.Reading}s (canonical metric, instance, value, unit) and a {@link
 * io.dcim.power.collect.PollOutcome} with its reason. {@link io.dcim.power.collect.Collectors} holds one {@link
 * io.dcim.power.collect.Collector} per {@link io.dcim.power.collect.Protocol}; the sweep hands each request to the
 * one of its protocol and never sees a protocol's library or value types ({@code PowerArchitectureTest} holds
 * this). SNMP is {@code io.dcim.power.snmp.SnmpCollector}, SNMP4J behind it.
 *
 * <p>A second protocol (Redfish, power issue #17) is an addition beside {@code snmp}, not a rewrite:
 * <ol>
 * <li>a constant in {@code Protocol};</li>
 * <li>its credentials (a user and a password) implementing {@code Credentials}, and its read plan implementing
 * {@code ReadPlan} (which resources and properties to read, and how their JSON values become readings under the
 * names in {@code profile.Metrics}, so loads and alarms need no change);</li>
 * <li>a package of its own (e.g. {@code power.redfish}) with a {@code Collector} that reads a plan
 * asynchronously, bounds its requests in flight, rests endpoints that keep failing, maps what went wrong to the
 * outcomes here (401 to AUTH_FAILURE, no answer to TIMEOUT, a missing property to NO_SUCH_OBJECT) and never
 * throws from {@code collect};</li>
 * <li>registered with the others where the module is built ({@code PowerModule}), and endpoints that store
 * their protocol (a column beside the SNMP ones) so {@code TargetService} builds the right request.</li>
 * </ol>
 * Nothing in {@code polling}, {@code reading}, {@code load} or {@code alarm} changes.
 */
package io.dcim.power.collect;
