package io.dcim.power.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.power.collect.Protocol;
import io.dcim.power.redfish.RedfishCredentials;
import io.dcim.power.redfish.RedfishReadPlan;
import io.dcim.testing.BothDatabases;
import java.util.List;

/** Registering servers' BMCs as Redfish endpoints: the rules, the sealed password, the poll it becomes. */
class RedfishTargetsTest {

    @BothDatabases
    void aBmcIsRegisteredForItsServerWithThePasswordSealedAndPolledOverVerifiedHttps(Database db, ServerFixture f) {
        RedfishTargetView view = f.redfish.create(f.bmc("bmc-a01", "bmc-Passw0rd"));
        String stored = db.read(s -> (String) s.createNativeQuery(
                "select credentials_ciphertext from snmp_target where id = " + view.id(), String.class).getSingleResult());
        List<ScheduledPoll> polls = f.base.targets.enabledPolls();

        assertThat(view.tls()).isTrue();
        assertThat(view.trustSelfSigned()).isFalse();
        assertThat(view.port()).isEqualTo(443);
        assertThat(view.user()).isEqualTo("dcim");
        assertThat(view.cabinetId()).isEqualTo(f.base.cabinet.getId());
        assertThat(view.toString()).doesNotContain("bmc-Passw0rd");
        assertThat(stored).isNotBlank().doesNotContain("bmc-Passw0rd");
        assertThat(polls).hasSize(1);
        assertThat(polls.get(0).request().protocol()).isEqualTo(Protocol.REDFISH);
        assertThat(polls.get(0).request().plan()).isEqualTo(new RedfishReadPlan(null, null, true, false));
        RedfishCredentials credentials = (RedfishCredentials) polls.get(0).request().credentials();
        assertThat(credentials.password().reveal()).isEqualTo("bmc-Passw0rd");
        assertThat(credentials.toString()).doesNotContain("bmc-Passw0rd");
        assertThat(f.base.targets.list(TargetFilter.all(), PageRequest.first(10, null)).total())
                .as("SNMP agents only").isZero();
        assertThat(f.redfish.ofDevice(f.server.getId())).contains(view);
    }

    @BothDatabases
    void refusalsNameTheFieldAtFault(ServerFixture f) {
        RedfishTargetView first = f.redfish.create(f.bmc("bmc-a01", "pw-1"));

        assertThatThrownBy(() -> f.redfish.create(f.bmc("bmc-again", "pw-1"))).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("deviceId"));
        assertThatThrownBy(() -> f.redfish.create(f.bmc("bmc-b", null))).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("password"));
        assertThatThrownBy(() -> f.redfish.edit(first.id(), first.version(), f.bmc("bmc-a01", null)
                .withIds("../Managers/1", null)))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("systemId"));
        assertThatThrownBy(() -> f.base.targets.edit(first.id(), first.version(), f.base.pduSpec("bmc-a01")))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("protocol"));
    }

    /** The targets fixture with an H100 server in its cabinet, and the Redfish endpoints among its targets. */
    private static final class ServerFixture {

        final TargetsFixture base;
        final Device server;
        final RedfishTargets redfish;

        ServerFixture(Database db) {
            base = new TargetsFixture(db);
            server = base.inventory.install(base.inventory.h100Server(), base.cabinet, 2, Face.FRONT);
            redfish = new RedfishTargets(db, base.targets);
        }

        /** The server's BMC on loopback, signed in to as {@code dcim}. */
        RedfishTargetSpec bmc(String name, String password) {
            return RedfishTargetSpec.of(name, "127.0.0.1", "dcim", password, server.getId());
        }
    }
}
