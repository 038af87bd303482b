package io.dcim.inventory.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.persistence.Database;
import io.dcim.testing.InventoryFixture;
import io.dcim.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/** The site and room questions other modules ask, on one small inventory of two sites. */
class SiteDirectoryTest {

    private static TestDatabase database;
    private static Database db;
    private static InventoryFixture f;
    private static Site other;
    private static Room hall2;
    private static Room hall10;
    private static CabinetRow b;

    @BeforeAll
    static void twoSites() {
        database = TestDatabase.h2();
        db = database.database();
        f = new InventoryFixture(db);
        other = f.sites.createSite(new NewSite("Other IDC", null, null, "Asia/Urumqi", BigDecimal.ONE,
                new BigDecimal("1.40"), null));
        hall10 = f.sites.createRoom(other.getId(), "Hall 10");
        hall2 = f.sites.createRoom(other.getId(), "Hall 2");
        f.sites.createRow(hall10.getId(), "A", 2);
        b = f.sites.createRow(hall10.getId(), "B", 1);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void listsEverySiteByNameWithItsZoneAndDesignPue() {
        assertThat(db.read(SiteDirectory::all)).containsExactly(
                new SiteDirectory.SiteFacts(other.getId(), "Other IDC", "Asia/Urumqi", new BigDecimal("1.40")),
                new SiteDirectory.SiteFacts(f.site.getId(), "Test IDC", "Asia/Shanghai", new BigDecimal("1.25")));
    }

    @Test
    void findsASiteByIdByNameAndByOneOfItsRooms() {
        assertThat(db.read((Session s) -> SiteDirectory.find(s, other.getId()))).get().extracting(SiteDirectory.SiteFacts::name)
                .isEqualTo("Other IDC");
        assertThat(db.read((Session s) -> SiteDirectory.named(s, "Test IDC"))).get().extracting(SiteDirectory.SiteFacts::id)
                .isEqualTo(f.site.getId());
        assertThat(db.read((Session s) -> SiteDirectory.ofRoom(s, hall2.getId()))).get().extracting(SiteDirectory.SiteFacts::id)
                .isEqualTo(other.getId());
        assertThat(db.read((Session s) -> SiteDirectory.find(s, -1))).isEmpty();
        assertThat(db.read((Session s) -> SiteDirectory.named(s, "No such IDC"))).isEmpty();
        assertThat(db.read((Session s) -> SiteDirectory.ofRoom(s, -1))).isEmpty();
    }

    @Test
    void namesEverySiteById() {
        assertThat(db.read(SiteDirectory::names)).containsOnly(
                java.util.Map.entry(f.site.getId(), "Test IDC"), java.util.Map.entry(other.getId(), "Other IDC"));
    }

    @Test
    void listsRoomsAsPeopleCountThemHall2BeforeHall10() {
        assertThat(db.read(RoomDirectory::all)).extracting(RoomDirectory.RoomFacts::name)
                .containsExactly("Hall 1", "Hall 2", "Hall 10");
        assertThat(db.read((Session s) -> RoomDirectory.inSite(s, other.getId()))).containsExactly(
                new RoomDirectory.RoomFacts(hall2.getId(), "Hall 2", other.getId()),
                new RoomDirectory.RoomFacts(hall10.getId(), "Hall 10", other.getId()));
        assertThat(db.read((Session s) -> RoomDirectory.byId(s, f.room.getId()))).extracting(RoomDirectory.RoomFacts::siteId)
                .containsExactly(f.site.getId());
        assertThat(db.read((Session s) -> RoomDirectory.byId(s, -1))).isEmpty();
    }

    @Test
    void namesTheRoomsOfASiteOrOfEverySiteInNameOrder() {
        assertThat(db.read((Session s) -> RoomDirectory.names(s, other.getId()))).containsExactly("Hall 10", "Hall 2");
        assertThat(db.read((Session s) -> RoomDirectory.names(s, null))).containsExactly("Hall 1", "Hall 10", "Hall 2");
    }

    @Test
    void listsTheRowsOfASiteByRoomAndPosition() {
        List<RoomDirectory.RowPosition> rows = db.read((Session s) -> RoomDirectory.rowsInSite(s, other.getId()));
        assertThat(rows).extracting(RoomDirectory.RowPosition::roomId).containsOnly(hall10.getId());
        assertThat(rows).extracting(RoomDirectory.RowPosition::position).containsExactly(1, 2);
        assertThat(rows.get(0).id()).isEqualTo(b.getId());
    }

    @Test
    void joinsSitesAndRoomsIntoAnotherQueryForTheirNames() {
        SiteJoin site = SiteJoin.as("s");
        RoomJoin room = RoomJoin.as("x");
        List<Object[]> rows = db.read((Session s) -> s.createQuery("select w.name, " + room.name() + ", " + site.name()
                + " from CabinetRow w" + room.leftOn("w.room.id") + site.on("x.site.id") + " order by "
                + site.name() + ", w.name", Object[].class).getResultList());
        assertThat(rows).extracting(r -> r[0] + "/" + r[1] + "/" + r[2])
                .containsExactly("A/Hall 10/Other IDC", "B/Hall 10/Other IDC", "A/Hall 1/Test IDC");
    }

    @Test
    void joinsTakeOnlyPlainAliasesAndPaths() {
        assertThatThrownBy(() -> SiteJoin.as("s on 1 = 1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SiteJoin.as("s").on("r.siteId or 1 = 1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoomJoin.as("r").leftOn(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
