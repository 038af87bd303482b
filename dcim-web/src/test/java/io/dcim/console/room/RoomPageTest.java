package io.dcim.console.room;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import io.dcim.console.home.HomePage;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.request.mapper.parameter.PageParameters;

class RoomPageTest {

    @BothDatabases
    void laysOutEveryCabinetOfTheRoomByRowWithItsPowerAsColour(Database db) {
        Services services = WebTesting.demoSite(db);
        long siteId = services.sites().sites().get(0).getId();
        var room = services.sites().rooms(siteId).get(0);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(HomePage.class);
            tester.clickLink("sites:0:totals:rooms:0:room");

            tester.assertRenderedPage(RoomPage.class);
            ListView<?> rows = (ListView<?>) tester.getComponentFromLastRenderedPage("rows");
            assertThat(rows.getList()).hasSize(5);
            String html = tester.getLastResponseAsString();
            assertThat(html.split("class=\"cab ", -1)).hasSize(101);
            assertThat(html).contains("class=\"cab empty\"").contains("class=\"cab ok\"");
            assertThat(tester.getLastRenderedPage().getPageParameters().get("id").toLong()).isEqualTo(room.getId());
        }
    }
}
