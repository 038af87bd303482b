package io.dcim.power.remote;

import io.dcim.power.collect.CollectRequest;
import io.dcim.power.collect.Credentials;
import io.dcim.power.collect.ReadPlan;
import io.dcim.power.profile.DeviceProfile;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.profile.ProfileLoader;
import io.dcim.power.redfish.RedfishCredentials;
import io.dcim.power.redfish.RedfishReadPlan;
import io.dcim.power.secret.Secret;
import io.dcim.power.snmp.AuthProtocol;
import io.dcim.power.snmp.PrivProtocol;
import io.dcim.power.snmp.SnmpCredentials;
import io.dcim.power.snmp.SnmpVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Turns a target as the central hands it to a collector into the same {@link CollectRequest} the central's sweep
 * builds, so the collector polls with the very same SNMP and Redfish collectors. The host is resolved here, on the
 * collector's side of the firewall, at every refresh.
 */
final class RemotePolls {

    private final ProfileCatalog builtIn = ProfileCatalog.builtIn();

    CollectRequest request(CollectorTarget t) {
        Credentials credentials;
        ReadPlan plan;
        if ("REDFISH".equals(t.protocol())) {
            CollectorTarget.Redfish r = t.redfish();
            credentials = RedfishCredentials.of(r.user(), r.password());
            plan = new RedfishReadPlan(r.systemId(), r.chassisId(), r.tls(), r.trustSelfSigned());
        } else {
            CollectorTarget.Snmp s = t.snmp();
            credentials = snmpCredentials(s);
            plan = profile(s).readPlan();
        }
        return new CollectRequest(Long.toString(t.id()), new InetSocketAddress(t.host(), t.port()), credentials,
                Duration.ofMillis(t.timeoutMs()), t.retries(), plan);
    }

    private static SnmpCredentials snmpCredentials(CollectorTarget.Snmp s) {
        SnmpVersion version = SnmpVersion.valueOf(s.snmpVersion());
        if (version != SnmpVersion.V3) {
            return version == SnmpVersion.V1 ? SnmpCredentials.v1(s.community()) : SnmpCredentials.v2c(s.community());
        }
        return new SnmpCredentials.Usm(s.user(), s.authProtocol() == null ? null : AuthProtocol.valueOf(s.authProtocol()),
                s.authPassphrase() == null ? null : Secret.of(s.authPassphrase()),
                s.privProtocol() == null ? null : PrivProtocol.valueOf(s.privProtocol()),
                s.privPassphrase() == null ? null : Secret.of(s.privPassphrase()), s.contextName());
    }

    private DeviceProfile profile(CollectorTarget.Snmp s) {
        if (s.profileDocument() == null) {
            return builtIn.get(s.profileId());
        }
        try {
            return ProfileLoader.parse(s.profileId() + ".json",
                    new ByteArrayInputStream(s.profileDocument().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
