package io.dcim.console.cabling;

import static io.dcim.web.WebTesting.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.inventory.cable.CableFilter;
import io.dcim.inventory.cable.CableStatus;
import io.dcim.inventory.cable.CableSummary;
import io.dcim.inventory.cable.CheckFacade;
import io.dcim.inventory.cable.CheckSource;
import io.dcim.inventory.cable.SeenLink;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;

/** The cabling check page on the demo site, after a check that heard one cable's far end on the wrong port. */
class CablingCheckPageTest {

    @BothDatabases
    void thePageCountsTheLastChecksOutcomesListsItsFindingsAndFiltersThemInBothLanguages(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        long site = services.sites().sites().get(0).getId();
        // a cable between two switches or a switch and a server: the demo's patch cords end on panels
        CableSummary cable = services.cabling().cables().page(SYSTEM, new CableFilter(site, null, null, null,
                CableStatus.INSTALLED, null), PageRequest.first(200, "label")).items().stream()
                .filter(c -> !c.aKind().isPassive() && !c.bKind().isPassive()).findFirst().orElseThrow();
        // the A end's device reports: its cable's far end is heard on another port, nothing else it has is seen
        services.cabling().checks().record(SYSTEM, site, new CheckFacade.Reading(CheckSource.LLDP,
                Instant.parse("2026-12-06T02:30:00Z"), List.of(cable.aDevice()), List.of("leaf-silent"),
                List.of(new SeenLink(cable.aDevice(), cable.aPort(), cable.bDevice(), "elsewhere"))));

        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(CablingCheckPage.class, new PageParameters().set("site", site));
            tester.assertRenderedPage(CablingCheckPage.class);
            String page = tester.getLastResponseAsString();
            assertThat(page).contains("Cabling check").contains("from the switches (LLDP)").contains("leaf-silent")
                    .contains("miswired").contains(cable.label()).contains(cable.bDevice() + " · elsewhere");
            tester.assertLabel("counts:2:count", "1");
            tester.assertInvisible("checkNow");

            tester.clickLink("workList");
            assertThat(tester.getLastResponse().getContentType()).startsWith(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                    tester.getLastResponse().getBinaryContent()))) {
                assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isNotBlank();
                assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Work list");
            }
            tester.startPage(CablingCheckPage.class, new PageParameters().set("site", site));

            FormTester filter = tester.newFormTester("filter");
            filter.select("outcome", 0);   // OK: the check keeps no finding for a port that is OK
            filter.submit();
            tester.assertRenderedPage(CablingCheckPage.class);
            assertThat(tester.getLastResponseAsString()).doesNotContain(cable.bDevice() + " · elsewhere");

            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(CablingCheckPage.class, new PageParameters().set("site", site));
            assertThat(tester.getLastResponseAsString()).contains("布线核查").contains("交换机（LLDP）").contains("接错")
                    .contains("未应答");
        }
    }

    @BothDatabases
    void aSiteNeverCheckedSaysSoAndTheMenuLeadsThere(Database db) {
        Services services = WebTesting.demoSite(db);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(CablingCheckPage.class);
            assertThat(tester.getLastResponseAsString()).contains("has not been checked yet").contains("/cabling-check");
        }
    }
}
