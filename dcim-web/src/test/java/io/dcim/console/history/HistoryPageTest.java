package io.dcim.console.history;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import io.dcim.console.device.DevicePage;
import org.apache.wicket.request.mapper.parameter.PageParameters;

class HistoryPageTest {

    @BothDatabases
    void aChangeMadeInTheConsoleShowsWhoMadeItAndTheOldAndNewValues(Database db) {
        Services services = WebTesting.demoSite(db);
        DeviceSummary server = WebTesting.firstGpuServer(services, LifecycleStatus.IN_SERVICE);
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(DevicePage.class, new PageParameters().set("id", server.id()));
            tester.clickLink("transitions:0:to");
            tester.assertFeedbackMessages(new org.apache.wicket.feedback.ExactLevelFeedbackMessageFilter(org.apache.wicket.feedback.FeedbackMessage.SUCCESS), "Status changed to maintenance.");

            tester.startPage(HistoryPage.class, new PageParameters().set("type", "device").set("id", server.id()));
            tester.assertLabel("changes:0:actor", "demo-loader");
            tester.assertLabel("changes:0:action", "created");
            tester.assertLabel("changes:1:actor", "user-ops");
            tester.assertLabel("changes:1:fields:0:field", "status");
            tester.assertLabel("changes:1:fields:0:before", "IN_SERVICE");
            tester.assertLabel("changes:1:fields:0:after", "MAINTENANCE");
            // On the default site's clock, labelled: the change was made a moment ago in Inner Mongolia's time.
            String when = tester.getComponentFromLastRenderedPage("changes:1:when").getDefaultModelObjectAsString();
            org.assertj.core.api.Assertions.assertThat(when).endsWith(" UTC+8");
            java.time.LocalDateTime shown = java.time.LocalDateTime.parse(when.substring(0, 19).replace(' ', 'T'));
            org.assertj.core.api.Assertions.assertThat(java.time.Duration.between(shown,
                    java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))).abs())
                    .isLessThan(java.time.Duration.ofMinutes(2));
            tester.assertLabel("zoneNote", "Times in UTC+8 (Asia/Shanghai), the zone of "
                    + "Inner Mongolia AI Computing Base, the default site.");

            tester.startPage(HistoryPage.class);
            tester.assertLabel("changes:0:actor", "user-ops");
        }
    }
}
