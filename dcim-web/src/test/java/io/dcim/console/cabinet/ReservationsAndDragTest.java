package io.dcim.console.cabinet;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.Face;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import java.time.LocalDate;
import org.apache.wicket.Component;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;
import java.util.Locale;

class ReservationsAndDragTest {

    private record Setup(Services services, CabinetSummary cabinet, DeviceSummary leaf) {
    }

    /** A network cabinet of the small demo: its 1U leaf switch sits at U42 on the front. */
    private static Setup setUp(Database db) {
        Services services = WebTesting.demoSite(db);
        DeviceSummary leaf = services.deviceQueries().page(new DeviceFilter(null, null, null, DeviceKind.NETWORK_SWITCH, null,
                null, "SW"), PageRequest.first(200, "assetTag")).items().stream()
                .filter(d -> d.positionU() != null && d.positionU() == 42 && d.face() == Face.FRONT).findFirst().orElseThrow();
        return new Setup(services, services.cabinetQueries().find(leaf.cabinetId()), leaf);
    }

    private static void drop(WicketTester tester, DeviceSummary device, long cabinetId, Face face, int u) {
        Component racks = tester.getComponentFromLastRenderedPage("racks");
        MoveByDragBehavior drag = racks.getBehaviors(MoveByDragBehavior.class).get(0);
        tester.getRequest().setParameter("device", String.valueOf(device.id()));
        tester.getRequest().setParameter("version", String.valueOf(device.version()));
        tester.getRequest().setParameter("cabinet", String.valueOf(cabinetId));
        tester.getRequest().setParameter("face", face.name().toLowerCase());
        tester.getRequest().setParameter("u", String.valueOf(u));
        tester.executeBehavior(drag);
    }

    @BothDatabases
    void opsReserveUnitsThatThenShowHatchedAndCountAsUsed(Database db) {
        Setup s = setUp(db);
        try (var tester = WebTesting.signedIn(s.services, Role.OPS)) {
            tester.startPage(CabinetPage.class, s.cabinet.id());
            reserve(tester, 30, 4, "PR-12 H100 expansion", LocalDate.now().plusDays(10).toString());

            tester.assertRenderedPage(CabinetPage.class);
            tester.assertNoErrorMessage();
            assertThat(tester.getLastResponseAsString()).contains("Reserved: PR-12 H100 expansion")
                    .contains("U30–U33 front");
            assertThat(s.services.cabinetQueries().find(s.cabinet.id()).usedU()).isEqualTo(s.cabinet.usedU() + 4);

            reserve(tester, 42, 1, "clash", null);
            tester.assertErrorMessages("U42–U42 of cabinet " + s.cabinet.name() + " holds " + s.leaf.label()
                    + " (U42–U42)");

            tester.newFormTester("reservations:rows:0:release:form").submit();
            assertThat(s.services.reservations().active(s.cabinet.id())).isEmpty();
            assertThat(s.services.cabinetQueries().find(s.cabinet.id()).usedU()).isEqualTo(s.cabinet.usedU());
        }
    }

    @BothDatabases
    void analystsSeeReservationsButNeitherReserveNorDrag(Database db) {
        Setup s = setUp(db);
        try (var tester = WebTesting.signedIn(s.services, Role.ANALYST)) {
            tester.startPage(CabinetPage.class, s.cabinet.id());
            tester.assertInvisible("reservations:reserve");
            assertThat(tester.getLastResponseAsString()).as("breadcrumbs: site › room › row › cabinet")
                    .contains(">" + s.cabinet.siteName() + "</a>").contains(">" + s.cabinet.roomName() + "</a>")
                    .contains(">row " + s.cabinet.rowName() + "</a>");
            assertThat(tester.getLastResponseAsString()).doesNotContain("data-drag-url").doesNotContain("elevation-drag.js");
        }
    }

    @BothDatabases
    void draggingADeviceToFreeUnitsMovesItAndToOccupiedUnitsSaysWhyNot(Database db) {
        Setup s = setUp(db);
        try (var tester = WebTesting.signedIn(s.services, Role.OPS)) {
            tester.startPage(CabinetPage.class, s.cabinet.id());
            int occupied = s.services.deviceQueries().page(DeviceFilter.inCabinet(s.cabinet.id()), PageRequest.first(50, "position"))
                    .items().stream().filter(d -> d.face() == Face.FRONT && d.id() != s.leaf.id()).findFirst().orElseThrow()
                    .positionU();

            drop(tester, s.leaf, s.cabinet.id(), Face.FRONT, occupied);

            assertThat(tester.getLastResponseAsString()).contains("is occupied by");
            assertThat(s.services.deviceQueries().find(s.leaf.id()).positionU()).isEqualTo(42);

            tester.startPage(CabinetPage.class, s.cabinet.id());
            drop(tester, s.leaf, s.cabinet.id(), Face.REAR, 38);

            DeviceSummary moved = s.services.deviceQueries().find(s.leaf.id());
            assertThat(moved.positionU()).isEqualTo(38);
            assertThat(moved.face()).isEqualTo(Face.REAR);
        }
    }

    @BothDatabases
    void aNeighbourCabinetIsShownAlongsideSoDevicesCanBeDraggedAcross(Database db) {
        Setup s = setUp(db);
        CabinetSummary neighbour = s.services.cabinetQueries().page(new CabinetFilter(null, null, s.cabinet.rowId(), null, 10,
                null, null), PageRequest.first(10, "name")).items().stream().filter(c -> c.id() != s.cabinet.id()).findFirst()
                .orElseThrow();
        try (var tester = WebTesting.signedIn(s.services, Role.OPS)) {
            tester.startPage(CabinetPage.class, new PageParameters().set("id", s.cabinet.id()).set("with", neighbour.id()));
            assertThat(tester.getLastResponseAsString()).contains("data-cabinet-id=\"" + neighbour.id() + "\"");
            WebTesting.assertSerializable(tester.getLastRenderedPage());

            drop(tester, s.leaf, neighbour.id(), Face.FRONT, 40);

            assertThat(s.services.deviceQueries().find(s.leaf.id()).cabinetId()).isEqualTo(neighbour.id());
        }
    }

    @BothDatabases
    void anExpiryThatIsNoDateIsRefusedInTheReadersLanguageAndNothingIsReserved(Database db) {
        Setup s = setUp(db);
        try (var tester = WebTesting.signedIn(s.services, Role.OPS)) {
            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(CabinetPage.class, s.cabinet.id());
            reserve(tester, 30, 4, "PR-12", "2027/01/01");

            WebTesting.assertOnlyError(tester).isEqualTo("“2027/01/01”不是有效的日期，请按 YYYY-MM-DD 格式填写");
            assertThat(s.services.reservations().active(s.cabinet.id())).isEmpty();
        }
    }

    /** Submits the cabinet page's reserve form: {@code units} from {@code fromU}, the first scope, no expiry when null. */
    private static void reserve(WicketTester tester, int fromU, int units, String purpose, String expires) {
        FormTester form = tester.newFormTester("reservations:reserve");
        form.select("scope", 0);
        form.setValue("fromU", String.valueOf(fromU));
        form.setValue("units", String.valueOf(units));
        form.setValue("purpose", purpose);
        if (expires != null) {
            form.setValue("expires", expires);
        }
        form.submit();
    }
}
