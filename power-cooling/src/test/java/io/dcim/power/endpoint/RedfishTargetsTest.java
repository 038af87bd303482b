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
    void aBmcIsRegisteredForItsServerWithThePasswordSealedAndPolledOverVerifiedHttps(Database db) {
        TargetsFixture f = new TargetsFixture(db);
        Device server = f.inventory.install(f.inventory.h100Server(), f.cabinet, 2, Face.FRONT);
        RedfishTargets redfish = new RedfishTargets(db, f.targets);

        RedfishTargetView view = redfish.create(RedfishTargetSpec.of("bmc-a01", "127.0.0.1", "dcim", "bmc-Passw0rd",
                server.getId()));
        String stored = db.read(s -> (String) s.createNativeQuery(
                "select credentials_ciphertext from snmp_target where id = " + view.id(), String.class).getSingleResult());
        List<ScheduledPoll> polls = f.targets.enabledPolls();

        assertThat(view.tls()).isTrue();
        assertThat(view.trustSelfSigned()).isFalse();
        assertThat(view.port()).isEqualTo(443);
        assertThat(view.user()).isEqualTo("dcim");
        assertThat(view.cabinetId()).isEqualTo(f.cabinet.getId());
        assertThat(view.toString()).doesNotContain("bmc-Passw0rd");
        assertThat(stored).isNotBlank().doesNotContain("bmc-Passw0rd");
        assertThat(polls).hasSize(1);
        assertThat(polls.get(0).request().protocol()).isEqualTo(Protocol.REDFISH);
        assertThat(polls.get(0).request().plan()).isEqualTo(new RedfishReadPlan(null, null, true, false));
        RedfishCredentials credentials = (RedfishCredentials) polls.get(0).request().credentials();
        assertThat(credentials.password().reveal()).isEqualTo("bmc-Passw0rd");
        assertThat(credentials.toString()).doesNotContain("bmc-Passw0rd");
        assertThat(f.targets.list(TargetFilter.all(), PageRequest.first(10, null)).total())
                .as("SNMP agents only").isZero();
        assertThat(redfish.ofDevice(server.getId())).contains(view);
    }

    @BothDatabases
    void refusalsNameTheFieldAtFault(Database db) {
        TargetsFixture f = new TargetsFixture(db);
        Device server = f.inventory.install(f.inventory.h100Server(), f.cabinet, 2, Face.FRONT);
        RedfishTargets redfish = new RedfishTargets(db, f.targets);
        RedfishTargetView first = redfish.create(RedfishTargetSpec.of("bmc-a01", "127.0.0.1", "dcim", "pw-1",
                server.getId()));

        assertThatThrownBy(() -> redfish.create(RedfishTargetSpec.of("bmc-again", "127.0.0.1", "dcim", "pw-1",
                server.getId()))).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("deviceId"));
        assertThatThrownBy(() -> redfish.create(RedfishTargetSpec.of("bmc-b", "127.0.0.1", "dcim", null,
                server.getId()))).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("password"));
        assertThatThrownBy(() -> redfish.edit(first.id(), first.version(), RedfishTargetSpec.of("bmc-a01",
                "127.0.0.1", "dcim", null, server.getId()).withIds("../Managers/1", null)))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("systemId"));
        assertThatThrownBy(() -> f.targets.edit(first.id(), first.version(), f.pduSpec("bmc-a01")))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("protocol"));
    }
}
