package io.dcim.console.power;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.power.PowerModule;
import io.dcim.power.alarm.AlarmView;
import io.dcim.power.demo.DemoOptions;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.LivePower;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import io.dcim.console.room.RoomPage;
import java.util.List;
import java.util.Map;

class PowerPagesTest {

    @BothDatabases
    void opsSeeMeasuredPowerOnTheFloorPlanAndAcknowledgeAnAlarm(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        try (LivePower live = LivePower.start(services, db, DemoOptions.DEFAULT.withoutHistory())) {
            PowerModule power = live.power();
            AlarmView first = power.alarms().active().get(0);
            try (var tester = WebTesting.signedIn(services, Role.OPS)) {
                tester.startPage(RoomPage.class, services.sites().rooms(
                        services.sites().sites().get(0).getId()).get(0).getId());
                assertThat(tester.getLastResponseAsString()).contains("measured ").contains("inlet ").contains("class=\"temp");

                tester.startPage(AlarmsPage.class);
                tester.assertContains(first.subjectName());
                // Raised on the site's clock (the demo site is in Asia/Shanghai), the offset written out.
                String raised = io.dcim.console.layout.Times.minute(first.raisedAt(), java.time.ZoneId.of("Asia/Shanghai"));
                assertThat(raised).endsWith(" UTC+8");
                assertThat(tester.getLastResponseAsString()).contains(raised);
                tester.fill("alarms:body:rows:1:cells:6:cell:ack", Map.of("comment", "blanking panels fitted"))
                        .submit();
                tester.assertNoErrorMessage();
                AlarmView newest = power.alarms().list(io.dcim.power.alarm.AlarmFilter.active(),
                        new io.dcim.common.paging.PageRequest(0, 1, "raised", false)).items().get(0);
                assertThat(newest.ackComment()).isEqualTo("blanking panels fitted");
                assertThat(newest.ackedBy()).startsWith("user-");
                WebTesting.assertSerializable(tester.getLastRenderedPage());
            }
            try (var analyst = WebTesting.signedIn(services, Role.ANALYST)) {
                analyst.startPage(AlarmsPage.class);
                // The acknowledge form ops get on every unacknowledged row, posted on the analyst's page.
                int rows = power.alarms().active().size();
                analyst.setExposeExceptions(false);
                List<String> forged = new java.util.ArrayList<>();
                for (int row = 1; row <= Math.min(rows, 3); row++) {
                    forged.add(WebTesting.forgedListenerUrl(analyst, "alarms:body:rows:" + row + ":cells:6:cell:ack"));
                }
                for (String url : forged) {
                    analyst.getRequest().setMethod("POST");
                    analyst.getRequest().getPostParameters().setParameterValue("comment", "forged");
                    analyst.executeUrl(url);
                    assertThat(analyst.getLastResponse().getStatus()).isEqualTo(403);
                }
                assertThat(power.alarms().active()).noneMatch(a -> "forged".equals(a.ackComment()));
            }
        }
    }

    @BothDatabases
    void withoutPowerMonitoringThePageSaysSo(Database db) {
        Services services = WebTesting.services(db);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(AlarmsPage.class);
            tester.assertVisible("notRunning");
        }
    }
}
