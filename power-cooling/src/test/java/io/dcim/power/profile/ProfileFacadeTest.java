package io.dcim.power.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import java.time.Clock;

class ProfileFacadeTest {

    private static final Caller ADMIN = Caller.of("admin-1", Permission.POWER_CONFIGURE);
    private static final Caller OPS = Caller.of("ops-1", Permission.READ, Permission.ALARM_ACKNOWLEDGE);

    @BothDatabases
    void uploadingOrRemovingAProfileWithoutPowerConfigureIsRefusedAndTheCatalogStays(Database db) {
        ProfileCatalog catalog = ProfileCatalog.builtIn();
        AdminProfiles profiles = new AdminProfiles(db, catalog, Clock.systemUTC());
        ProfileFacade facade = new ProfileFacade(profiles);

        assertThatThrownBy(() -> facade.add(OPS, "acme.json", AdminProfilesTest.MINE))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.missing()).isEqualTo(Permission.POWER_CONFIGURE));
        assertThat(catalog.all()).extracting(DeviceProfile::id).doesNotContain("acme-pdu");
        facade.add(ADMIN, "acme.json", AdminProfilesTest.MINE);
        assertThatThrownBy(() -> facade.remove(OPS, "acme-pdu")).isInstanceOf(NotPermittedException.class);
        assertThat(profiles.list()).extracting(ProfileView::id).contains("acme-pdu");
    }

    @BothDatabases
    void anAdminUploadsAProfileUnderTheirNameAndRemovesIt(Database db) {
        ProfileCatalog catalog = ProfileCatalog.builtIn();
        AdminProfiles profiles = new AdminProfiles(db, catalog, Clock.systemUTC());
        ProfileFacade facade = new ProfileFacade(profiles);

        DeviceProfile added = facade.add(ADMIN, "acme.json", AdminProfilesTest.MINE);

        assertThat(added.id()).isEqualTo("acme-pdu");
        assertThat(profiles.list()).filteredOn(ProfileView::id, "acme-pdu").singleElement()
                .extracting(ProfileView::addedBy).isEqualTo("admin-1");
        facade.remove(ADMIN, "acme-pdu");
        assertThat(catalog.all()).extracting(DeviceProfile::id).doesNotContain("acme-pdu");
    }
}
