package io.dcim.console.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cabinet.NewCabinet;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.site.Room;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.wicket.request.mapper.parameter.PageParameters;

class ReceivingPageTest {

    @BothDatabases
    void aUnitIsReceivedIntoACabinetWhoseNameRepeatsByPickingItsRoomAndFace(Database db) {
        Services services = OrderPagesTest.seeded(db);
        long site = services.sites().sites().get(0).getId();
        Cabinet inHall1 = cabinet(services, site, "Dock Hall 1", "R07");
        Cabinet inHall2 = cabinet(services, site, "Dock Hall 2", "R07");
        PurchaseOrder order = OrderPagesTest.ordered(services, 1, "1850000.00");
        List<String> rooms = services.procurement().receiving().rooms(order.getId());
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(ReceivingPage.class, new PageParameters().set("order", order.getId()));
            tester.assertContains("pick the room of the cabinet");
            tester.fill("grid", Map.of("rows:0:assetTag", "RCV-ROOM-1", "rows:0:serial", "RCV-ROOM-SN-1",
                    "rows:0:cabinet", "R07", "rows:0:positionU", "10")).submit("receive");

            tester.assertRenderedPage(ReceivingPage.class);
            assertThat(((ReceivingPage) tester.getLastRenderedPage()).problems()).singleElement().satisfies(p -> {
                assertThat(p.row()).isEqualTo(1);
                assertThat(p.column()).isEqualTo("room");
                assertThat(p.message()).contains("2 cabinets are named R07 (Dock Hall 1, Dock Hall 2)");
            });

            tester.fill("grid", Map.of("rows:0:face", Face.REAR.name()))
                    .select("rows:0:room", rooms.indexOf("Dock Hall 2")).submit("receive");
            tester.assertRenderedPage(OrderPage.class);
        }
        Object[] placed = db.read(s -> s.createQuery("select d.cabinet.id, d.face, d.positionU from Device d"
                + " where d.assetTag = 'RCV-ROOM-1'", Object[].class).getSingleResult());
        assertThat(placed).containsExactly(inHall2.getId(), Face.REAR, 10);
        assertThat(inHall1.getId()).isNotEqualTo(inHall2.getId());
    }

    @BothDatabases
    void theRoomAndFaceColumnsReadInChinese(Database db) {
        Services services = OrderPagesTest.seeded(db);
        PurchaseOrder order = OrderPagesTest.ordered(services, 1, "1850000.00");
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(ReceivingPage.class, new PageParameters().set("order", order.getId()));
            tester.assertContains("<th>机房</th>");
            tester.assertContains("<th>朝向</th>");
            tester.assertContains(">后面</option>");
        }
    }

    private static Cabinet cabinet(Services services, long site, String roomName, String name) {
        Room room = services.sites().createRoom(site, roomName);
        var row = services.sites().createRow(room.getId(), "R", 1);
        return services.cabinets().create(new NewCabinet(row.getId(), name, 1, null, null, null));
    }
}
