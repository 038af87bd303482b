/**
 * The endpoints to poll, stored: {@link io.dcim.power.endpoint.SnmpTarget} (host and port, protocol credentials
 * encrypted, device profile, how often, where in the site; table {@code snmp_target}), managed through
 * {@link io.dcim.power.endpoint.TargetService}, which validates every field, keeps credentials write-only, shows
 * endpoints as {@link io.dcim.power.endpoint.TargetView}s and hands enabled ones to the sweep as
 * {@link io.dcim.power.collect.CollectRequest}s for their protocol's collector. (Named {@code endpoint}, not
 * {@code target}, which is Maven's build folder and skipped by tools; not {@code source}, which the power chain
 * uses for UPS and utility sources.)
 */
package io.dcim.power.endpoint;
