package io.dcim.inventory.tag;

import static io.dcim.common.access.Permission.DEVICE_EDIT;
import static io.dcim.common.access.Permission.READ;
import static io.dcim.common.access.Permission.TAG_MANAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.DeviceFacade;
import io.dcim.inventory.device.DeviceUpdate;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.device.Location;
import io.dcim.inventory.label.Labels;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.util.Locale;
import java.util.Set;

class TagFacadeTest {

    private static final Caller ADMIN = Caller.of("admin", READ, TAG_MANAGE, DEVICE_EDIT);

    @BothDatabases
    void tagsHaveUniqueNamesAndSlugsAndADerivedSlugAndColour(Database db) {
        TagFacade facade = new TagFacade(db, new TagService(db));

        Tag pool = facade.create(ADMIN, new TagDetails(" Training Pool ", null, null, "H100s for training"));

        assertThat(pool.getName()).isEqualTo("Training Pool");
        assertThat(pool.getSlug()).isEqualTo("training-pool");
        assertThat(pool.getColour()).isEqualTo(TagService.DEFAULT_COLOUR);
        assertThatThrownBy(() -> facade.create(ADMIN, new TagDetails("training pool", "other", null, null)))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> facade.create(ADMIN, new TagDetails("Pool 2", "training-pool", null, null)))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("slug:");
        assertThatThrownBy(() -> facade.create(ADMIN, new TagDetails("Red", null, "red", null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("colour");
                    assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).contains("不是颜色");
                });
        assertThat(facade.create(ADMIN, new TagDetails("训练池", null, "#FF0000", null)).getSlug())
                .as("a name with no Latin letters still gets a URL-safe slug").isEqualTo("tag-8bad-7ec3-6c60");
    }

    @BothDatabases
    void onlyTagManagersKeepTagsAndATagInUseIsNotDeleted(Database db, InventoryFixture f) {
        TagFacade facade = new TagFacade(db, new TagService(db));
        Tag rma = facade.create(ADMIN, new TagDetails("RMA", null, "#d32f2f", null));
        Device device = f.devices.create(f.newDevice(f.h100Server(), LifecycleStatus.ORDERED, Location.inStock()), null);
        new DeviceFacade(db, f.devices).update(ADMIN, device.getId(), device.getVersion(), new DeviceUpdate(null, null, null,
                null, null, null, null, null, Labels.tags(Set.of("rma"))));

        assertThatThrownBy(() -> facade.create(Caller.of("ops", READ, DEVICE_EDIT), new TagDetails("Spare", null, null, null)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(facade.tags(ADMIN)).singleElement().satisfies(t -> assertThat(t.uses()).isEqualTo(1));
        assertThatThrownBy(() -> facade.delete(ADMIN, rma.getId(), rma.getVersion()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is on 1 object(s)");

        Tag renamed = facade.edit(ADMIN, rma.getId(), rma.getVersion(), new TagDetails("Returned", "rma", "#d32f2f", null));
        assertThat(renamed.getName()).isEqualTo("Returned");
        assertThatThrownBy(() -> facade.edit(ADMIN, rma.getId(), rma.getVersion(), new TagDetails("Again", null, null, null)))
                .as("edited against a stale version").isInstanceOf(ConflictException.class);

        Device tagged = f.devices.find(device.getId());
        new DeviceFacade(db, f.devices).delete(ADMIN, tagged.getId(), tagged.getVersion());
        assertThat(facade.tags(ADMIN)).singleElement().as("a deleted device carries no tag any more")
                .satisfies(t -> assertThat(t.uses()).isZero());
        facade.delete(ADMIN, renamed.getId(), renamed.getVersion());
        assertThat(facade.tags(ADMIN)).isEmpty();
    }
}
