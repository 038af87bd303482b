package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.EnumSet;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

class ProcurementApiIT {

    private static Services seeded(Database db) {
        Services services = WebTesting.demoSiteWithPurchases(db);
        WebTesting.roleUsers(services, Role.MANAGER);
        services.users().create("demo-ops", null, WebTesting.PASSWORD, EnumSet.of(Role.OPS, Role.MANAGER));
        WebTesting.roleUsers(services, Role.ANALYST, Role.OPS);
        return services;
    }

    @BothDatabases
    void aSecondDistinctManagerApprovesTheRequesterCannotAndRejectingNeedsAComment(Database db) throws Exception {
        Services services = seeded(db);
        try (ApiClient api = new ApiClient(services)) {
            JsonNode waiting = api.basic("manager", WebTesting.PASSWORD).get("/purchase-requests?status=submitted").json();
            assertThat(waiting.get("total").asInt()).isEqualTo(1);
            long id = waiting.at("/items/0/id").asLong();
            int version = waiting.at("/items/0/version").asInt();
            assertThat(new BigDecimal(waiting.at("/items/0/grossTotal").asText())).isGreaterThan(new BigDecimal("5000000"));

            ApiClient.Reply own = api.basic("demo-ops", WebTesting.PASSWORD).send("POST", "/purchase-requests/" + id + "/approve",
                    "{\"version\":" + version + ",\"comment\":\"mine\"}");
            assertThat(own.status()).isEqualTo(409);
            assertThat(own.json().get("error").asText()).contains("made request " + id + " and cannot approve it");

            ApiClient.Reply noComment = api.basic("manager", WebTesting.PASSWORD).send("POST",
                    "/purchase-requests/" + id + "/reject", "{\"version\":" + version + "}");
            assertThat(noComment.status()).isEqualTo(422);
            assertThat(noComment.json().get("field").asText()).isEqualTo("comment");
            assertThat(api.basic("analyst", WebTesting.PASSWORD).send("POST", "/purchase-requests/" + id + "/approve",
                    "{\"version\":" + version + "}").status()).isEqualTo(403);

            ApiClient.Reply approved = api.basic("manager", WebTesting.PASSWORD).send("POST",
                    "/purchase-requests/" + id + "/approve", "{\"version\":" + version + ",\"comment\":\"second approval\"}");
            assertThat(approved.status()).isEqualTo(200);
            assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
            JsonNode timeline = approved.json().get("timeline");
            assertThat(timeline.get(timeline.size() - 1).get("actor").asText()).isEqualTo("manager");
            assertThat(timeline.get(timeline.size() - 1).get("comment").asText()).isEqualTo("second approval");
        }
    }

    @BothDatabases
    void analystsMayNotDraftRequestsThroughTheApiAsOnTheConsole(Database db) throws Exception {
        Services services = seeded(db);
        long siteId = services.sites().sites().get(0).getId();
        long modelId = services.catalog().deviceModels().stream().filter(m -> m.getModel().startsWith("PowerEdge XE9680"))
                .findFirst().orElseThrow().getId();
        String body = "{\"title\":\"Two H100 servers\",\"justification\":\"queue\",\"siteId\":" + siteId
                + ",\"lines\":[{\"deviceModelId\":" + modelId + ",\"quantity\":2,\"unitPrice\":\"1850000.00\","
                + "\"vatRate\":\"0.13\"}]}";
        try (ApiClient api = new ApiClient(services)) {
            ApiClient.Reply analyst = api.basic("analyst", WebTesting.PASSWORD).send("POST", "/purchase-requests", body);
            assertThat(analyst.status()).isEqualTo(403);
            assertThat(analyst.json().get("error").asText())
                    .isEqualTo("this needs the permission purchase.request (held by the roles admin, manager, ops)");
            assertThat(api.basic("analyst", WebTesting.PASSWORD).get("/purchase-requests?requester=analyst").json()
                    .get("total").asInt()).as("nothing drafted").isZero();

            ApiClient.Reply ops = api.basic("ops", WebTesting.PASSWORD).send("POST", "/purchase-requests", body);
            assertThat(ops.status()).isEqualTo(201);
            assertThat(ops.json().get("status").asText()).isEqualTo("DRAFT");
        }
    }

    @BothDatabases
    void analystsDownloadTheDepreciationScheduleThatTiesToTheAssetSchedules(Database db) throws Exception {
        Services services = seeded(db);
        try (ApiClient api = new ApiClient(services)) {
            api.basic("analyst", WebTesting.PASSWORD);
            JsonNode assets = api.get("/assets?size=5").json();
            assertThat(assets.get("total").asLong()).isPositive();
            long assetId = assets.at("/items/0/id").asLong();
            JsonNode periods = api.get("/assets/" + assetId + "/depreciation").json();
            assertThat(periods.size()).isGreaterThan(12);

            assertThat(api.get("/depreciation/schedule.xlsx?from=2025-13&to=2025-12").json().get("field").asText())
                    .isEqualTo("from");
            byte[] xlsx = api.download("/depreciation/schedule.xlsx?from=2025-01&to=2025-12&class=server");
            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet summary = workbook.getSheet("Summary");
                Sheet detail = workbook.getSheet("Detail");
                assertThat(summary).isNotNull();
                assertThat(detail.getLastRowNum()).as("one row per server asset per month of 2025").isGreaterThan(12);
                BigDecimal detailTotal = BigDecimal.ZERO;
                int depreciationColumn = column(detail, "Depreciation");
                for (int row = 1; row <= detail.getLastRowNum(); row++) {
                    detailTotal = detailTotal.add(BigDecimal.valueOf(detail.getRow(row).getCell(depreciationColumn)
                            .getNumericCellValue()));
                }
                assertThat(detailTotal).isPositive();
            }
            api.basic("ops", WebTesting.PASSWORD);
            assertThat(api.get("/depreciation/schedule.xlsx?from=2025-01&to=2025-12").status()).isEqualTo(403);
        }
    }

    private static int column(Sheet sheet, String startsWith) {
        for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
            if (sheet.getRow(0).getCell(c).getStringCellValue().startsWith(startsWith)) {
                return c;
            }
        }
        throw new AssertionError("no column " + startsWith);
    }
}
