package io.dcim.inventory.cabinet;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.site.CabinetRow;
import io.dcim.inventory.site.NewSite;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.Site;
import io.dcim.testing.InventoryFixture;
import io.dcim.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/** The cabinet questions other modules ask, on two sites whose cabinets share a name. */
class CabinetDirectoryTest {

    private static TestDatabase database;
    private static Database db;
    private static InventoryFixture f;
    private static Cabinet a01;
    private static Cabinet a02;
    private static Cabinet a10;
    private static Cabinet elsewhere;
    private static Site other;
    private static Room otherHall;

    @BeforeAll
    static void twoSites() {
        database = TestDatabase.h2();
        db = database.database();
        f = new InventoryFixture(db);
        a10 = f.cabinets.create(new NewCabinet(f.row.getId(), "A10", 3, null, null, null));
        a02 = f.cabinets.create(new NewCabinet(f.row.getId(), "A02", 2, null, null, null));
        a01 = f.cabinets.create(new NewCabinet(f.row.getId(), "A01", 1, null, null, null));
        f.install(f.h100Server(), a01, 1, Face.FRONT);
        other = f.sites.createSite(new NewSite("Other IDC", null, null, "Asia/Shanghai", BigDecimal.ONE, BigDecimal.ONE,
                null));
        otherHall = f.sites.createRoom(other.getId(), "Hall 9");
        CabinetRow row = f.sites.createRow(otherHall.getId(), "Z", 1);
        elsewhere = f.cabinets.create(new NewCabinet(row.getId(), "a01", 1, null, null, null));
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void placesCabinetsInTheirSiteRoomAndRowInLayoutOrder() {
        List<CabinetDirectory.Placement> site = db.read((Session s) -> CabinetDirectory.inSite(s, f.site.getId()));
        assertThat(site).extracting(CabinetDirectory.Placement::name).containsExactly("A01", "A02", "A10");
        CabinetDirectory.Placement first = site.get(0);
        Cabinet stored = f.cabinets.find(a01.getId());
        assertThat(first).isEqualTo(new CabinetDirectory.Placement(a01.getId(), "A01", f.site.getId(), f.room.getId(),
                "Hall 1", f.row.getId(), "A", 1, stored.getTypicalW(), stored.getContractedW()));
        assertThat(first.typicalW()).isPositive();
        assertThat(db.read(CabinetDirectory::all)).extracting(CabinetDirectory.Placement::id)
                .containsExactly(a01.getId(), a02.getId(), a10.getId(), elsewhere.getId());
        assertThat(db.read((Session s) -> CabinetDirectory.inRoom(s, otherHall.getId()))).extracting(CabinetDirectory.Placement::id)
                .containsExactly(elsewhere.getId());
        assertThat(db.read((Session s) -> CabinetDirectory.byId(s, a02.getId()))).extracting(CabinetDirectory.Placement::name)
                .containsExactly("A02");
    }

    @Test
    void tellsTheSpaceLeftInChosenCabinets() {
        Cabinet stored = f.cabinets.find(a01.getId());
        assertThat(db.read((Session s) -> CabinetDirectory.space(s, List.of(a01.getId(), a02.getId(), -1L))))
                .containsExactlyInAnyOrder(
                new CabinetDirectory.Space(a01.getId(), stored.getHeightU() - stored.getUsedU(),
                        stored.getContractedW() - stored.getTypicalW()),
                new CabinetDirectory.Space(a02.getId(), a02.getHeightU(), a02.getContractedW()));
        assertThat(stored.getUsedU()).isPositive();
    }

    @Test
    void tellsTheSiteOfEachCabinetInChunksLeavingUnknownIdsOut() {
        List<Long> ids = new java.util.ArrayList<>(LongStream.rangeClosed(1_000_000, 1_002_500).boxed().toList());
        ids.add(a10.getId());
        ids.add(elsewhere.getId());
        assertThat(db.read((Session s) -> CabinetDirectory.sitesOf(s, ids)))
                .isEqualTo(Map.of(a10.getId(), f.site.getId(), elsewhere.getId(), other.getId()));
    }

    @Test
    void addsUpASitesCabinetsAndListsTheEmptyOnesWatts() {
        assertThat(db.read((Session s) -> CabinetDirectory.capacityOfSite(s, f.site.getId()))).isEqualTo(new CabinetDirectory.Capacity(
                3, 3L * a02.getContractedW(), 3L * a02.getHeightU()));
        assertThat(db.read((Session s) -> CabinetDirectory.capacityOfSite(s, -1))).isEqualTo(new CabinetDirectory.Capacity(0, 0, 0));
        assertThat(db.read((Session s) -> CabinetDirectory.emptyCabinetWatts(s, f.site.getId())))
                .containsExactly(a02.getContractedW(), a10.getContractedW());
    }

    @Test
    void findsCabinetsByNameIgnoringCaseInOneSiteOrAll() {
        assertThat(db.read((Session s) -> CabinetDirectory.named(s, "A01", null))).containsExactlyInAnyOrder(
                new CabinetDirectory.Named(a01.getId(), "Hall 1", "Test IDC"),
                new CabinetDirectory.Named(elsewhere.getId(), "Hall 9", "Other IDC"));
        assertThat(db.read((Session s) -> CabinetDirectory.named(s, "a01", other.getId()))).extracting(CabinetDirectory.Named::id)
                .containsExactly(elsewhere.getId());
        assertThat(db.read((Session s) -> CabinetDirectory.named(s, "B01", null))).isEmpty();
    }

    @Test
    void joinsCabinetsIntoAnotherQueryAndNamesASitesCabinetsAsASubquery() {
        f.inStock(f.leafSwitch());
        CabinetJoin cabinet = CabinetJoin.as("c");
        List<String> names = db.read((Session s) -> s.createQuery("select " + cabinet.name() + " from Device d"
                + cabinet.leftOn("d.cabinet.id") + " order by " + cabinet.naturalOrder(), String.class)
                .getResultList());
        // The device in stock stands in no cabinet: a left join keeps it, without a name.
        assertThat(names).containsExactlyInAnyOrder("A01", null);
        Long inSite = db.read((Session s) -> s.createQuery("select count(d) from Device d where d.cabinet.id in ("
                + CabinetJoin.idsInSite(":site") + ")", Long.class).setParameter("site", f.site.getId()).getSingleResult());
        assertThat(inSite).isEqualTo(1);
    }
}
