package io.dcim.console.device;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.DemoServer;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;

import static org.assertj.core.api.Assertions.assertThat;

class DevicePageTest {

    @BothDatabases
    void opsMoveADeviceThroughItsLifecycleAndAStaleClickIsRefused(DemoServer demo) {
        try (var tester = WebTesting.signedIn(demo.services(), Role.OPS)) {
            tester.startPage(DevicePage.class, demo.server().id());
            tester.assertLabel("transitions:0:to:form:button:label", "→ maintenance");
            tester.assertLabel("transitions:1:to:form:button:label", "→ decommissioned");

            var device = demo.services().devices().find(demo.server().id());
            demo.services().devices().edit(device.getId(), device.getVersion(), new io.dcim.inventory.device.DeviceEdit(
                    device.getAssetTag(), device.getSerial(), "changed meanwhile", null, null));
            tester.newFormTester("transitions:0:to:form").submit();
            tester.assertErrorMessages("Device " + demo.server().assetTag() + " was changed by someone else; reload and try again");

            tester.startPage(DevicePage.class, demo.server().id());
            tester.newFormTester("transitions:0:to:form").submit();
            tester.assertFeedbackMessages(new org.apache.wicket.feedback.ExactLevelFeedbackMessageFilter(org.apache.wicket.feedback.FeedbackMessage.SUCCESS), "Status changed to maintenance.");
            assertThat(tester.getLastResponseAsString()).as("shown as a success, not as an error")
                    .contains("class=\"feedbackPanelSUCCESS\"").doesNotContain("feedbackPanelERROR");
            assertThat(demo.services().devices().find(demo.server().id()).getStatus()).isEqualTo(LifecycleStatus.MAINTENANCE);
        }
    }

    @BothDatabases
    void analystsSeeNoLifecycleButtons(Database db) {
        Services services = WebTesting.demoSite(db);
        DeviceSummary any = services.deviceQueries().page(DeviceFilter.all(), PageRequest.first(1, "assetTag")).items().get(0);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(DevicePage.class, any.id());
            tester.assertInvisible("move");
            assertThat(tester.getLastResponseAsString()).doesNotContain("→ ");

            // The URL an ops user's first lifecycle button posts to, forged on the analyst's page.
            LifecycleStatus before = services.devices().find(any.id()).getStatus();
            String forged = WebTesting.forgedListenerUrl(tester, "transitions:0:to:form");
            tester.setExposeExceptions(false);
            tester.getRequest().setMethod("POST");
            tester.executeUrl(forged);
            // The analyst's page is stateless: the forged call builds it afresh, finds no such button and answers
            // the page as the analyst sees it (a stateful page would answer 403); nothing changes.
            assertThat(tester.getLastRenderedPage().isPageStateless()).isTrue();
            assertThat(tester.getLastResponse().getStatus()).isEqualTo(200);
            assertThat(tester.getLastResponseAsString()).doesNotContain("→ ");
            assertThat(services.devices().find(any.id()).getStatus()).isEqualTo(before);
        }
    }
}
