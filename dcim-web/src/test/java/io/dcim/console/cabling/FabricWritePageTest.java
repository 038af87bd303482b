package io.dcim.console.cabling;

import static io.dcim.web.WebTesting.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.app.transfer.FabricWriteJob;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.inventory.cable.CableFilter;
import io.dcim.testing.BothDatabases;
import io.dcim.web.FabricRoom;
import io.dcim.web.OpenTester;
import io.dcim.web.WebTesting;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.wicket.util.tester.WicketTester;

/** The fabric plan page laying its plan onto a hall's servers and switches, and its installers' workbook. */
class FabricWritePageTest {

    private static long cables(Services services, String label) {
        return services.cabling().cables().page(SYSTEM, new CableFilter(null, null, null, null, null, label),
                PageRequest.first(1, "label")).total();
    }

    /** Plans {@link FabricRoom#PLAN} in the page's form. */
    private static void planFourServers(OpenTester tester) {
        tester.startPage(FabricPlanPage.class);
        tester.fill("form", Map.of("gpus", "", "servers", "4", "nicsPerServer", "2", "switchRadix", "16",
                "portSpeedGbps", "400", "serversPerCabinet", "2")).submit("plan");
        tester.assertNoErrorMessage();
    }

    private static void lay(OpenTester tester, Services services, FabricRoom hall, String button) throws Exception {
        tester.fill("summary:lay:layForm", Map.of("room", String.valueOf(hall.roomId()), "labelPrefix", "Z9"))
                .submit(button);
        awaitJob(tester, services);
    }

    /**
     * The preview or write runs in the background: waits for the job the panel follows, then renders the page
     * again, as its polling does once the job has ended.
     */
    private static void awaitJob(WicketTester tester, Services services) throws Exception {
        var panel = tester.getComponentFromLastRenderedPage("summary:lay");
        var field = FabricWritePanel.class.getDeclaredField("jobId");
        field.setAccessible(true);
        String jobId = (String) field.get(panel);
        assertThat(jobId).as("a job started").isNotNull();
        FabricWriteJob job = services.importJobs().findFabric(jobId).orElseThrow();
        assertThat(job.await(Duration.ofSeconds(60))).as("the job ended").isTrue();
        assertThat(job.percentDone()).isEqualTo(100);
        tester.startPage(tester.getLastRenderedPage());
    }

    @BothDatabases
    void opsPreviewTheCablesThenWriteThemAsPlannedAndASecondWriteListsEveryRefusal(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        FabricRoom hall = FabricRoom.on(services, "Hall Z", "Z");
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            planFourServers(tester);
            tester.assertVisible("summary:lay");

            lay(tester, services, hall, "preview");
            tester.assertNoErrorMessage();
            tester.assertLabel("summary:lay:outcome:job:state",
                    "All 24 cables pass the cabling rules; nothing is written until you write them.");
            tester.assertLabels("summary:lay:outcome:result:", Map.of("servers", "4", "leaves", "2", "spines", "1",
                    "cables", "24", "refused", "0",
                    "rows:0:label", "Z9-1", "rows:0:from", "Z-SRV-1 · ib1", "rows:0:to", "Z-SW-1 · p1",
                    "rows:1:to", "Z-SW-2 · p1"));
            assertThat(cables(services, "Z9-")).as("a preview writes nothing").isZero();
            WebTesting.assertSerializable(tester.getLastRenderedPage());

            lay(tester, services, hall, "write");
            tester.assertLabel("summary:lay:outcome:job:state", "24 planned cables written.");
            assertThat(cables(services, "Z9-")).isEqualTo(24);

            lay(tester, services, hall, "write");
            tester.assertLabel("summary:lay:outcome:job:state",
                    "24 cables are refused by the cabling rules; nothing was written.");
            tester.assertLabel("summary:lay:outcome:result:refused", "24");
            tester.assertLabel("summary:lay:outcome:result:refusals:0:label", "Z9-1");
            assertThat(tester.getLastResponseAsString()).contains("Refused cables");
            assertThat(cables(services, "Z9-")).isEqualTo(24);

            tester.clickLink("summary:lay:outcome:result:workbook");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(tester.getLastResponse()
                    .getBinaryContent()))) {
                assertThat(book.getSheet("Cables").getLastRowNum()).isEqualTo(24);
                assertThat(book.getSheet("Cables").getRow(1).getCell(2).getStringCellValue()).isEqualTo("Z-SRV-1");
            }

            // the cable list exports what it shows, in the import's layout and as labels
            tester.startPage(CableListPage.class, new org.apache.wicket.request.mapper.parameter.PageParameters()
                    .set("label", "Z9-"));
            tester.clickLink("export:csv");
            assertThat(tester.getLastResponseAsString()).contains(
                    "label,type,a_device,a_port,b_device,b_port,length_m,colour,status").contains("Z9-1,AOC,Z-SRV-1,ib1");
            tester.startPage(CableListPage.class, new org.apache.wicket.request.mapper.parameter.PageParameters()
                    .set("label", "Z9-"));
            tester.clickLink("labels:csv");
            assertThat(tester.getLastResponseAsString()).contains("label,end,line_1,line_2,type")
                    .contains("Z9-1,A,Hall Z/Z01/U2 Z-SRV-1 ib1,→ Hall Z/Z03/U20 Z-SW-1 p1,AOC");
        }
    }

    @BothDatabases
    void theSectionSpeaksChineseAndARefusalOfTheSelectionStandsBesideItsField(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        FabricRoom hall = FabricRoom.on(services, "Hall Z", "Z");
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            planFourServers(tester);
            lay(tester, services, hall, "preview");
            assertThat(tester.getLastResponseAsString()).contains("前几条线缆").contains("服务器 → leaf")
                    .contains("给施工人员的 XLSX");

            tester.fill("summary:lay:layForm", Map.of("room", String.valueOf(hall.roomId()), "switchMatch", "Z-SW-1"))
                    .submit("preview");
            awaitJob(tester, services);
            var feedback = (org.apache.wicket.markup.html.panel.FeedbackPanel) tester
                    .getComponentFromLastRenderedPage("summary:lay:layForm:switchMatchFeedback");
            assertThat(feedback.getFeedbackMessagesModel().getObject()).singleElement()
                    .satisfies(m -> assertThat(String.valueOf(m.getMessage())).contains("交换机"));
        }
    }

    @BothDatabases
    void anAnalystDownloadsThePlansWorkbookButIsNotOfferedTheWrite(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            planFourServers(tester);
            tester.assertInvisible("summary:lay");
            tester.clickLink("summary:workbook");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(tester.getLastResponse()
                    .getBinaryContent()))) {
                assertThat(book.getSheet("Cables").getRow(1).getCell(2).getStringCellValue()).isEqualTo("server-1");
                assertThat(book.getSheet("Summary").getRow(0).getCell(1).getNumericCellValue()).isEqualTo(4.0);
            }
        }
    }
}
