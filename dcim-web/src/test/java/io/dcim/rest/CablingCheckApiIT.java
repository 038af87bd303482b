package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.common.access.Caller;
import io.dcim.power.PowerModule;
import io.dcim.power.alarm.AlarmKind;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import io.dcim.power.demo.DemoOptions;
import io.dcim.power.demo.PowerDemo;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /sites/{id}/cabling-check} on the running demo: the built-in simulator plays the demo
 * switches' LLDP tables with three faults made on purpose, and the check over HTTP finds them; recorded as the
 * scheduled job records it, they raise cabling alarms and fill the installers' work list.
 */
class CablingCheckApiIT {

    @BothDatabases
    void theDemoSitesCablingCheckFindsTheSwitchesDeliberateFaults(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        WebTesting.roleUsers(services, Role.ANALYST);
        long site = services.sites().sites().get(0).getId();
        try (ApiClient api = new ApiClient(services).basic("analyst", WebTesting.PASSWORD)) {
            ApiClient.Reply notRunning = api.get("/sites/" + site + "/cabling-check");
            assertThat(notRunning.status()).as("no SNMP poller in this instance").isEqualTo(409);

            try (PowerModule power = WebTesting.attachPower(services, db);
                 PowerDemo demo = PowerDemo.start(db, power.targets(), power.profiles(), DemoOptions.DEFAULT.withoutHistory())) {
                power.lldpSources().register(demo.lldpTargets());

                ApiClient.Reply check = api.get("/sites/" + site + "/cabling-check");

                assertThat(check.status()).as(String.valueOf(check.json())).isEqualTo(200);
                JsonNode body = check.json();
                assertThat(body.get("switchesRead").asInt()).isEqualTo(demo.lldpTargets().size()).isPositive();
                assertThat(body.get("silentSwitches")).isEmpty();
                assertThat(body.at("/counts/MISWIRED").asLong()).isEqualTo(3);
                assertThat(body.at("/counts/MISSING").asLong()).isEqualTo(1);
                assertThat(body.at("/counts/UNEXPECTED").asLong()).isZero();
                assertThat(body.at("/counts/OK").asLong()).isGreaterThan(100);
                List<String> outcomes = new ArrayList<>();
                body.get("findings").forEach(f -> outcomes.add(f.get("outcome").asText()));
                assertThat(outcomes).containsExactly("MISSING", "MISWIRED", "MISWIRED", "MISWIRED");
                JsonNode missing = body.at("/findings/0");
                assertThat(missing.get("expectedDevice").asText()).isNotEmpty();
                assertThat(missing.get("seenDevice").isNull()).isTrue();
                assertThat(api.get("/sites/999999999/cabling-check").status()).isEqualTo(404);

                // what the scheduled job does: read the switches, keep the check, raise the cabling alarms
                power.lldpCheck().record(Caller.system("cabling-check"), site);
                assertThat(power.alarms().active()).filteredOn(a -> a.kind() == AlarmKind.CABLE_FAULT)
                        .extracting(a -> a.severity().name()).containsExactlyInAnyOrder("CRITICAL", "CRITICAL", "CRITICAL",
                                "WARNING");
                try (XSSFWorkbook workList = new XSSFWorkbook(new ByteArrayInputStream(
                        api.download("/sites/" + site + "/cabling-check.xlsx")))) {
                    assertThat(workList.getSheetAt(0).getLastRowNum()).isEqualTo(4);
                    assertThat(workList.getSheetAt(0).getRow(2).getCell(2).getStringCellValue()).startsWith("Re-patch cable");
                }
                ApiClient.Reply upload = api.send("POST", "/sites/" + site + "/cabling-check", "Switch 64 \"S-1\"",
                        "application/octet-stream");
                assertThat(upload.status()).as("an analyst may not record a check").isEqualTo(403);
            } finally {
                services.attachPower(null);
            }
        }
    }
}
