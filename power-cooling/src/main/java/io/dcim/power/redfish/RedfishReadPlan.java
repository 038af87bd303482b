package io.dcim.power.redfish;

import io.dcim.power.collect.Protocol;
import io.dcim.power.collect.ReadPlan;

/**
 * What to read from one BMC: the server's draw from its chassis ({@code Chassis/{id}/Power} or, on newer
 * services, {@code Chassis/{id}/EnvironmentMetrics}) and each GPU's from {@code Systems/{id}/Processors/{gpu}/
 * EnvironmentMetrics}, as {@code server.power.w} and {@code gpu.power.w[serial]}. The same for every BMC: which
 * of the two chassis resources a BMC has and which of its processors are GPUs is found on its first poll.
 *
 * @param systemId        the computer system to read; null for the service's only one
 * @param chassisId       the chassis whose power is the server's; null for the service's only one
 * @param tls             HTTPS (BMCs' default) or plain HTTP
 * @param trustSelfSigned accept whatever certificate this BMC shows (self-signed, another host name); off, the
 *                        certificate must chain to an authority this JVM trusts and name the host
 */
public record RedfishReadPlan(String systemId, String chassisId, boolean tls, boolean trustSelfSigned)
        implements ReadPlan {

    /** One BMC per host, HTTPS with a verified certificate. */
    public static RedfishReadPlan verified() {
        return new RedfishReadPlan(null, null, true, false);
    }

    @Override
    public Protocol protocol() {
        return Protocol.REDFISH;
    }
}
