package io.dcim.inventory.site;

import static io.dcim.common.access.Permission.READ;
import static io.dcim.common.access.Permission.SITE_MANAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.CabinetFacade;
import io.dcim.inventory.cabinet.CabinetService;
import io.dcim.inventory.cabinet.NewCabinet;
import io.dcim.inventory.history.HistoryService;
import io.dcim.testing.BothDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

class SiteFacadeTest {

    private static final Caller OPS = Caller.of("ops", READ, SITE_MANAGE);
    private static final Caller READER = Caller.of("reader", READ);

    private static SiteDetails hohhot(String name, String code) {
        return new SiteDetails(name, code, "IDC Co", "Hohhot", "Asia/Shanghai", new BigDecimal("0.262"),
                new BigDecimal("1.25"), new BigDecimal("0.5703"), LocalDate.of(2024, 5, 15));
    }

    @BothDatabases
    void aSiteIsCreatedEditedAgainstItsVersionAndItsHistoryNamesWhoChangedIt(Database db) {
        SiteFacade facade = new SiteFacade(db, new SiteService(db));
        Site site = facade.create(OPS, hohhot("Inner Mongolia 1", "IM1"));
        var read = facade.site(READER, site.getId());
        assertThat(read.value().code()).isEqualTo("IM1");
        assertThat(read.value().gridEmissionKgPerKwh()).isEqualByComparingTo("0.5703");

        SiteDetails changed = new SiteDetails("Inner Mongolia 1", "IM-1", null, "Ulanqab", "Asia/Shanghai",
                new BigDecimal("0.30"), new BigDecimal("1.20"), null, null);
        facade.edit(OPS, site.getId(), read.version(), changed);
        assertThat(facade.site(READER, site.getId()).value()).isEqualTo(new SiteDetails("Inner Mongolia 1", "IM-1", null,
                "Ulanqab", "Asia/Shanghai", new BigDecimal("0.3000"), new BigDecimal("1.20"), null, null));

        assertThatThrownBy(() -> facade.edit(OPS, site.getId(), read.version(), hohhot("Stale", null)))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("version:")
                .satisfies(e -> assertThat(((DomainException) e).why().key()).isEqualTo("common.version.stale"));
        assertThat(new HistoryService(db).of("site", site.getId())).extracting(c -> c.actor() + " " + c.action())
                .containsExactly("ops created", "ops changed");
    }

    @BothDatabases
    void refusalsNameTheFieldInBothLanguages(Database db) {
        SiteFacade facade = new SiteFacade(db, new SiteService(db));
        facade.create(OPS, hohhot("A", "IM1"));

        assertThatThrownBy(() -> facade.create(OPS, hohhot("B", "im1"))).isInstanceOf(ConflictException.class)
                .hasMessage("code: site code im1 is already used by another site");
        assertThatThrownBy(() -> facade.create(OPS, hohhot("B", "IM 1"))).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("code:");
        SiteDetails dirty = new SiteDetails("B", null, null, null, "Asia/Shanghai", BigDecimal.ONE, BigDecimal.ONE,
                new BigDecimal("3"), null);
        assertThatThrownBy(() -> facade.create(OPS, dirty))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("gridEmissionKgPerKwh");
                    assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("必须在 0 到 2 kg CO2/kWh 之间");
                });
        assertThatThrownBy(() -> facade.create(READER, hohhot("C", null))).isInstanceOf(NotPermittedException.class);
    }

    @BothDatabases
    void theFrameIsDeletedFromTheBottomUpOnlyWhileEmpty(Database db) {
        SiteService sites = new SiteService(db);
        SiteFacade facade = new SiteFacade(db, sites);
        CabinetFacade cabinets = new CabinetFacade(db, new CabinetService(db));
        Site site = facade.create(OPS, hohhot("Delete me", null));
        Room room = facade.createRoom(OPS, site.getId(), "Hall 1");
        CabinetRow row = facade.createRow(OPS, room.getId(), "A", 1);
        var cabinet = cabinets.create(OPS, new NewCabinet(row.getId(), "A01", 1, null, null, null));

        assertThatThrownBy(() -> facade.delete(OPS, site.getId(), site.getVersion()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("still has 1 room");
        assertThatThrownBy(() -> facade.deleteRoom(OPS, room.getId(), room.getVersion()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("still has 1 row");
        assertThatThrownBy(() -> facade.deleteRow(OPS, row.getId(), row.getVersion()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("still has 1 cabinet");

        CabinetRow renamed = facade.editRow(OPS, row.getId(), row.getVersion(), "B", 2);
        Room hall = facade.editRoom(OPS, room.getId(), room.getVersion(), "Hall 9");
        assertThat(sites.rows(room.getId())).extracting(CabinetRow::getName).containsExactly("B");
        assertThat(sites.rooms(site.getId())).extracting(Room::getName).containsExactly("Hall 9");

        cabinets.delete(OPS, cabinet.getId(), cabinet.getVersion());
        facade.deleteRow(OPS, row.getId(), renamed.getVersion());
        facade.deleteRoom(OPS, room.getId(), hall.getVersion());
        facade.delete(OPS, site.getId(), site.getVersion());
        assertThat(sites.sites()).isEmpty();
        assertThat(new HistoryService(db).of("site", site.getId())).extracting(c -> c.action())
                .containsExactly("created", "deleted");
    }
}
