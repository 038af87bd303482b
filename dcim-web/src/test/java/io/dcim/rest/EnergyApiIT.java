package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.power.PowerModule;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import io.dcim.web.WebTesting;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The energy report and supply contracts over HTTP: who may read and record, strict bodies, the workbook. */
class EnergyApiIT {

    private static final String P = WebTesting.PASSWORD;

    @BothDatabases
    void analystsReadTheReportOpsRecordContractsAndBadInputIsRefusedNamingTheField(Database db) throws Exception {
        Services services = WebTesting.services(db);
        long siteId = new InventoryFixture(db).site.getId();
        WebTesting.roleUsers(services, Role.ANALYST, Role.OPS);
        try (ApiClient api = new ApiClient(services);
             PowerModule power = WebTesting.attachPower(services, db)) {
            String contract = "{\"supplier\":\"Wind PPA\",\"validFrom\":\"2025-01-01\",\"validTo\":\"2025-12-31\","
                    + "\"renewableKwh\":12000000}";
            api.basic("analyst", P);

            ApiClient.Reply report = api.get("/sites/" + siteId + "/energy-report?year=2025");
            assertThat(report.status()).isEqualTo(200);
            assertThat(report.json().get("months")).hasSize(12);
            assertThat(report.json().at("/months/0/month").asText()).isEqualTo("2025-01");
            assertThat(report.json().at("/total/pueMark").asText()).as("nothing measured").isEqualTo("UNKNOWN");
            assertThat(report.json().at("/targets/pueBelow").decimalValue()).isEqualByComparingTo("1.5");
            ApiClient.Reply noYear = api.get("/sites/" + siteId + "/energy-report");
            assertThat(noYear.status()).isEqualTo(400);
            assertThat(noYear.json().get("field").asText()).isEqualTo("year");
            assertThat(api.get("/sites/" + siteId + "/energy-report?year=1999").json().get("field").asText())
                    .isEqualTo("year");
            assertThat(api.get("/sites/999999/energy-report?year=2025").status()).isEqualTo(404);
            assertThat(api.send("POST", "/sites/" + siteId + "/supply-contracts", contract).status()).isEqualTo(403);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                    api.language("zh-CN").download("/sites/" + siteId + "/energy-report.xlsx?year=2025")))) {
                assertThat(book.getSheetName(0)).isEqualTo("能耗");
                assertThat(book.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).isEqualTo("2025-01");
            }

            api.language(null).basic("ops", P);
            ApiClient.Reply added = api.send("POST", "/sites/" + siteId + "/supply-contracts", contract);
            assertThat(added.status()).isEqualTo(201);
            long id = added.json().get("id").asLong();
            ApiClient.Reply both = api.send("POST", "/sites/" + siteId + "/supply-contracts", contract.replace("}",
                    ",\"renewableSharePct\":20}"));
            assertThat(both.status()).isEqualTo(422);
            assertThat(both.json().get("field").asText()).isEqualTo("renewableKwh");
            ApiClient.Reply unknown = api.send("POST", "/sites/" + siteId + "/supply-contracts", contract.replace("}",
                    ",\"colour\":\"green\"}"));
            assertThat(unknown.status()).isEqualTo(422);
            assertThat(unknown.json().get("field").asText()).isEqualTo("colour");
            ApiClient.Reply edited = api.send("PUT", "/supply-contracts/" + id, "{\"supplier\":\"Grid\","
                    + "\"validFrom\":\"2025-01-01\",\"validTo\":\"2025-12-31\",\"renewableSharePct\":18.5,\"version\":0}");
            assertThat(edited.status()).isEqualTo(200);
            JsonNode terms = edited.json().get("terms");
            assertThat(terms.get("renewableSharePct").decimalValue()).isEqualByComparingTo("18.5");
            assertThat(api.send("PUT", "/supply-contracts/" + id, "{\"supplier\":\"Grid\",\"validFrom\":\"2025-01-01\","
                    + "\"validTo\":\"2025-12-31\",\"renewableKwh\":5,\"version\":0}").status()).as("stale version")
                    .isEqualTo(409);
            assertThat(api.get("/sites/" + siteId + "/supply-contracts").json()).hasSize(1);
            assertThat(api.send("DELETE", "/supply-contracts/" + id + "?version=1", null).status()).isEqualTo(204);
            assertThat(api.get("/sites/" + siteId + "/supply-contracts").json()).isEmpty();
        }
    }
}
