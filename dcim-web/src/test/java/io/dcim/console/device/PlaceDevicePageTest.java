package io.dcim.console.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.OpenTester;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import io.dcim.console.cabinet.CabinetPage;
import java.util.List;
import java.util.Map;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.request.mapper.parameter.PageParameters;

class PlaceDevicePageTest {

    /** The demo site and its fullest cabinet by power, where the tests place a switch: an H100 cabinet (U2–U7 used). */
    private record H100Cabinet(Services services, CabinetSummary cabinet) {

        H100Cabinet(Database db) {
            this(WebTesting.demoSite(db));
        }

        private H100Cabinet(Services services) {
            this(services, services.cabinetQueries().page(CabinetFilter.ofSite(null), new PageRequest(0, 500, "name", true))
                    .items().stream().filter(c -> c.usedU() == 7)
                    // a network cabinet's switches and patch panel can fill 7 U too, drawing far less
                    .max(java.util.Comparator.comparingLong(CabinetSummary::typicalW)).orElseThrow());
        }
    }

    private static int modelIndex(Services services, String modelStart) {
        List<DeviceModel> models = services.catalog().deviceModels();
        for (int i = 0; i < models.size(); i++) {
            if (models.get(i).getModel().startsWith(modelStart)) {
                return i;
            }
        }
        throw new AssertionError(modelStart);
    }

    /** Opens the cabinet's place-device page and submits a new S6850 switch at U{@code positionU}. */
    private static void placeS6850(OpenTester tester, H100Cabinet h100, String assetTag, String serial, int positionU) {
        tester.startPage(PlaceDevicePage.class, new PageParameters().set("cabinet", h100.cabinet().id()));
        tester.fill("form", Map.of("identity:assetTag", assetTag, "identity:serial", serial,
                "positionU", String.valueOf(positionU))).select("identity:model", modelIndex(h100.services(), "S6850")).submit();
    }

    @BothDatabases
    void showsTheCollisionBesideTheUnitFieldAndWritesNothing(H100Cabinet h100) {
        try (var tester = WebTesting.signedIn(h100.services(), Role.OPS)) {
            placeS6850(tester, h100, "NEW-1", "NEW-SERIAL-1", 4);

            tester.assertRenderedPage(PlaceDevicePage.class);
            assertThat(tester.getFeedbackMessages(m -> m.getReporter() == tester.getComponentFromLastRenderedPage("form:positionU")))
                    .singleElement().satisfies(m -> assertThat(m.getMessage().toString())
                            .startsWith("U4–U4 on the front of cabinet " + h100.cabinet().name() + " is occupied by"));
            assertThat(h100.services().deviceQueries().page(new DeviceFilter(null, null, null, null, null, null, "NEW-1"),
                    PageRequest.first(5, "assetTag")).total()).isZero();
        }
    }

    @BothDatabases
    void racksTheDeviceInFreeUnitsAndReturnsToTheElevation(H100Cabinet h100) {
        try (var tester = WebTesting.signedIn(h100.services(), Role.OPS)) {
            placeS6850(tester, h100, "NEW-2", "NEW-SERIAL-2", 20);

            tester.assertRenderedPage(CabinetPage.class);
            DeviceSummary placed = h100.services().deviceQueries().page(new DeviceFilter(null, null, h100.cabinet().id(),
                    null, null, null, "NEW-2"), PageRequest.first(5, "assetTag")).items().get(0);
            assertThat(placed.positionU()).isEqualTo(20);
            assertThat(tester.getLastResponseAsString()).contains("data-device-id=\"" + placed.id() + "\"");
        }
    }

    @BothDatabases
    void analystsCannotOpenTheForm(Database db) {
        try (var tester = WebTesting.signedIn(WebTesting.demoSite(db), Role.ANALYST)) {
            assertThat(PlaceDevicePage.class.getAnnotation(AuthorizeInstantiation.class).value()).containsOnly("device.move");
            assertThatThrownBy(() -> tester.startPage(PlaceDevicePage.class))
                    .isInstanceOf(UnauthorizedInstantiationException.class);
        }
    }
}
