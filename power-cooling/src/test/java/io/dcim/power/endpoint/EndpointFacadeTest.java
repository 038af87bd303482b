package io.dcim.power.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.power.snmp.SnmpCredentials;
import io.dcim.power.snmp.SnmpVersion;
import io.dcim.testing.BothDatabases;

class EndpointFacadeTest {

    private static final Caller ADMIN = Caller.of("admin-1", Permission.POWER_CONFIGURE);
    /** Ops acknowledge alarms and edit levels, but do not configure what is polled. */
    private static final Caller OPS = Caller.of("ops-1", Permission.READ, Permission.ALARM_ACKNOWLEDGE,
            Permission.THRESHOLD_EDIT);

    @BothDatabases
    void addingChangingOrRemovingAnEndpointWithoutPowerConfigureIsRefusedAndNothingChanges(Database db,
            TargetsFixture f) {
        EndpointFacade facade = new EndpointFacade(db, f.targets);
        TargetView stored = f.pdu("pdu-a01-a");

        assertThatThrownBy(() -> facade.create(OPS, f.pduSpec("pdu-a01-b")))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.missing()).isEqualTo(Permission.POWER_CONFIGURE));
        assertThatThrownBy(() -> facade.update(OPS, stored.id(), stored.version(),
                f.pduSpec("renamed").withCredentials(SnmpVersion.V2C, TargetCredentials.community("stolen"))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> facade.delete(OPS, stored.id(), stored.version()))
                .isInstanceOf(NotPermittedException.class);

        assertThat(f.targets.list(TargetFilter.all(), PageRequest.first(10, "name")).items())
                .containsExactly(stored);
        assertThat(f.targets.collectRequest(stored.id()).credentials())
                .isEqualTo(SnmpCredentials.v2c("s3cret-community"));
    }

    @BothDatabases
    void anAdminAddsChangesTheCredentialsOfAndRemovesAnEndpoint(Database db, TargetsFixture f) {
        EndpointFacade facade = new EndpointFacade(db, f.targets);

        TargetView added = facade.create(ADMIN, f.pduSpec("pdu-a01-a"));
        TargetView changed = facade.update(ADMIN, added.id(), added.version(),
                f.pduSpec("pdu-a01-a").withCredentials(SnmpVersion.V2C, TargetCredentials.community("rotated")));

        assertThat(changed.version()).isGreaterThan(added.version());
        assertThat(f.targets.collectRequest(added.id()).credentials()).isEqualTo(SnmpCredentials.v2c("rotated"));
        facade.delete(ADMIN, changed.id(), changed.version());
        assertThatThrownBy(() -> f.targets.find(added.id())).isInstanceOf(NotFoundException.class);
    }
}
