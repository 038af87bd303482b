/**
 * The SNMP agents to poll, stored: {@link io.dcim.power.endpoint.SnmpTarget} (where, how, which profile, how
 * often, where in the site), managed through {@link io.dcim.power.endpoint.TargetService}, which validates every
 * field, keeps credentials encrypted and write-only, shows targets as {@link io.dcim.power.endpoint.TargetView}s
 * and hands enabled targets to the poller as {@link io.dcim.power.snmp.PollTarget}s.
 */
package io.dcim.power.endpoint;
