package io.dcim.inventory.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cabinet.CabinetEdit;
import io.dcim.inventory.cabinet.NewCabinet;
import io.dcim.inventory.device.Face;
import io.dcim.testing.BothDatabases;
import java.util.List;
import io.dcim.testing.InventoryFixture;
import java.math.BigDecimal;

class SiteAndCabinetServiceTest {

    @BothDatabases
    void newCabinetsAre42UAnd20kWByDefaultAndUniqueInTheirRoom(InventoryFixture f) {
        Cabinet cabinet = f.cabinet("A01");

        assertThat(cabinet.getHeightU()).isEqualTo(42);
        assertThat(cabinet.getContractedW()).isEqualTo(20_000);
        assertThatThrownBy(() -> f.cabinets.create(new NewCabinet(f.row.getId(), "a01", 9, null, null, null)))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> f.cabinets.create(new NewCabinet(f.row.getId(), "A09", 9, 60, null, null)))
                .isInstanceOf(InvalidValueException.class).hasMessage("heightU: must be between 42 and 52 U, was 60");
    }

    @BothDatabases
    void aCabinetCannotShrinkBelowItsEquipment(InventoryFixture f) {
        Cabinet cabinet = f.cabinets.create(new NewCabinet(f.row.getId(), "B01", 1, 48, null, null));
        f.install(f.leafSwitch(), cabinet, 46, Face.FRONT);
        Cabinet loaded = f.cabinets.find(cabinet.getId());

        assertThatThrownBy(() -> f.cabinets.edit(loaded.getId(), loaded.getVersion(),
                new CabinetEdit("B01", 1, 42, 20_000, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("up to U46");
    }

    @BothDatabases
    void siteInputIsCheckedFieldByField(Database db) {
        SiteService sites = new SiteService(db);

        assertThatThrownBy(() -> sites.createSite(new NewSite("X", null, null, "Mars/Olympus", BigDecimal.ONE, BigDecimal.ONE, null)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("timeZone:");
        assertThatThrownBy(() -> sites.createSite(new NewSite("X", null, null, "Asia/Shanghai", BigDecimal.ONE, new BigDecimal("0.9"), null)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("designPue:");
        assertThatThrownBy(() -> sites.createSite(new NewSite(" ", null, null, "Asia/Shanghai", BigDecimal.ONE, BigDecimal.ONE, null)))
                .isInstanceOf(InvalidValueException.class).hasMessage("name: is required");
        assertThat(sites.sites()).isEmpty();
    }

    @BothDatabases
    void roomsAreListedInTheOrderPeopleCountHalls(Database db) {
        SiteService sites = new SiteService(db);
        Site site = sites.createSite(new NewSite("Natural", null, null, "Asia/Shanghai", BigDecimal.ONE, BigDecimal.ONE,
                null));
        for (String hall : List.of("Hall 10", "Hall 2", "Hall 1", "Hall 11", "Hall 3")) {
            sites.createRoom(site.getId(), hall);
        }
        assertThat(sites.rooms(site.getId())).extracting(Room::getName)
                .containsExactly("Hall 1", "Hall 2", "Hall 3", "Hall 10", "Hall 11");
    }
}
