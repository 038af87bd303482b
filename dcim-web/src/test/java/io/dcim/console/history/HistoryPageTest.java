package io.dcim.console.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.console.device.DevicePage;
import io.dcim.identity.role.Role;
import io.dcim.inventory.history.HistoryFilter;
import io.dcim.testing.BothDatabases;
import io.dcim.web.DemoServer;
import io.dcim.web.WebTesting;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.wicket.extensions.markup.html.repeater.data.table.DataTable;
import org.apache.wicket.feedback.ExactLevelFeedbackMessageFilter;
import org.apache.wicket.feedback.FeedbackMessage;
import org.apache.wicket.request.mapper.parameter.PageParameters;

class HistoryPageTest {

    @BothDatabases
    void aChangeMadeInTheConsoleShowsWhoMadeItAndTheOldAndNewValues(DemoServer demo) {
        try (var tester = WebTesting.signedIn(demo.services(), Role.OPS)) {
            tester.startPage(DevicePage.class, demo.server().id());
            tester.newFormTester("transitions:0:to:form").submit();
            tester.assertFeedbackMessages(new ExactLevelFeedbackMessageFilter(FeedbackMessage.SUCCESS), "Status changed to maintenance.");

            tester.startPage(HistoryPage.class, new PageParameters().set("type", "device").set("id", demo.server().id()));
            assertThat(tester.getLastResponseAsString()).contains("History of device " + demo.server().assetTag());
            tester.assertLabel("one:changes:0:actor", "System (demo data)");
            tester.assertLabel("one:changes:0:action", "created");
            tester.assertLabel("one:changes:0:object:objectLabel", "device " + demo.server().assetTag());
            tester.assertLabel("one:changes:1:actor", "user-ops");
            tester.assertLabel("one:changes:1:fields:0:field", "status");
            tester.assertLabel("one:changes:1:fields:0:before", "IN_SERVICE");
            tester.assertLabel("one:changes:1:fields:0:after", "MAINTENANCE");
            // On the default site's clock, labelled, as English writes a day: the change was made a moment ago in
            // Inner Mongolia's time.
            String when = tester.getComponentFromLastRenderedPage("one:changes:1:when").getDefaultModelObjectAsString();
            assertThat(when).endsWith(" UTC+8");
            LocalDateTime shown = LocalDateTime.parse(when.substring(0, when.length() - " UTC+8".length()),
                    DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH));
            assertThat(Duration.between(shown, LocalDateTime.now(ZoneId.of("Asia/Shanghai"))).abs())
                    .isLessThan(Duration.ofMinutes(2));
            tester.assertLabel("zoneNote", "Times in UTC+8 (Asia/Shanghai), the zone of "
                    + "Inner Mongolia AI Computing Base, the default site.");

            tester.startPage(HistoryPage.class);
            tester.assertLabel("list:body:rows:1:cells:2:cell", "user-ops");
            tester.assertLabel("list:body:rows:1:cells:3:cell:object:objectLabel", "device " + demo.server().assetTag());
        }
    }

    @BothDatabases
    void theChangesAcrossTheInventoryArePagedInTheDatabaseAndFilteredByWhoTypeAndDay(DemoServer demo) {
        long seeded = demo.services().history().page(HistoryFilter.all(), PageRequest.first(1, null)).total();
        assertThat(seeded).isGreaterThan(HistoryPage.ROWS_PER_PAGE);
        try (var tester = WebTesting.signedIn(demo.services(), Role.OPS)) {
            tester.startPage(DevicePage.class, demo.server().id());
            tester.newFormTester("transitions:0:to:form").submit();

            tester.startPage(HistoryPage.class, new PageParameters().set("page", "2"));
            DataTable<?, ?> all = (DataTable<?, ?>) tester.getComponentFromLastRenderedPage("list");
            assertThat(all.getItemCount()).isEqualTo(seeded + 1);
            assertThat(all.getCurrentPage()).isEqualTo(1);
            assertThat(tester.getLastResponseAsString()).contains("System (demo data)");

            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            tester.startPage(HistoryPage.class, new PageParameters().set("who", "user-ops").set("kind", "device")
                    .set("from", today.minusDays(1).toString()).set("to", today.toString()));
            DataTable<?, ?> mine = (DataTable<?, ?>) tester.getComponentFromLastRenderedPage("list");
            assertThat(mine.getItemCount()).isEqualTo(1);
            tester.assertLabel("list:body:rows:1:cells:3:cell:object:objectLabel", "device " + demo.server().assetTag());

            tester.startPage(HistoryPage.class, new PageParameters().set("who", "user-ops")
                    .set("to", today.minusDays(1).toString()));
            assertThat(((DataTable<?, ?>) tester.getComponentFromLastRenderedPage("list")).getItemCount()).isZero();
            tester.startPage(HistoryPage.class, new PageParameters().set("who", "user-ops").set("kind", "cabinet"));
            assertThat(((DataTable<?, ?>) tester.getComponentFromLastRenderedPage("list")).getItemCount()).isZero();
        }
    }

    @BothDatabases
    void theFiltersAndTheSystemsWorkReadInChinese(Database db) {
        Services services = WebTesting.demoSite(db);
        try (var tester = WebTesting.signedIn(services)) {
            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(HistoryPage.class);
            assertThat(tester.getLastResponseAsString()).contains("\u64cd\u4f5c\u4eba", "\u5bf9\u8c61\u7c7b\u578b",
                    "\u7cfb\u7edf\uff08\u6f14\u793a\u6570\u636e\uff09", "\u6bcf\u9875\u884c\u6570");
            // Times as Chinese writes them: 2026年12月7日 15:04:09 UTC+8
            String when = tester.getComponentFromLastRenderedPage("list:body:rows:1:cells:1:cell").getDefaultModelObjectAsString();
            assertThat(when).matches("\\d{4}\u5e74\\d{1,2}\u6708\\d{1,2}\u65e5 \\d{2}:\\d{2}:\\d{2} UTC\\+8");
        }
    }
}
