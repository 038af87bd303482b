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
import java.math.RoundingMode;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Orders, deliveries, invoices, the depreciation summary and the registers over HTTP, with every status they answer. */
class ProcurementOrdersApiIT {

    private static final String P = WebTesting.PASSWORD;

    private static Services seeded(Database db) {
        Services services = WebTesting.demoSiteWithPurchases(db);
        WebTesting.roleUsers(services, Role.MANAGER, Role.ANALYST, Role.OPS);
        return services;
    }

    @BothDatabases
    void aRequestIsDraftedOrderedReceivedInPartsAndInvoicedOverTheApi(Database db) throws Exception {
        Services services = seeded(db);
        long site = services.sites().sites().get(0).getId();
        long model = services.catalog().deviceModels().stream().filter(m -> m.getModel().startsWith("PowerEdge XE9680"))
                .findFirst().orElseThrow().getId();
        long supplier = services.procurement().suppliers().all().get(0).id();
        String today = LocalDate.now().toString();
        try (ApiClient api = new ApiClient(services)) {
            assertThat(api.anonymous().get("/purchase-orders").status()).isEqualTo(401);

            api.basic("ops", P);
            ApiClient.Reply noLines = api.send("POST", "/purchase-requests", "{\"title\":\"x\",\"siteId\":" + site + "}");
            assertThat(noLines.status()).isEqualTo(400);
            assertThat(noLines.json().get("field").asText()).isEqualTo("lines");
            ApiClient.Reply badPrice = api.send("POST", "/purchase-requests", "{\"title\":\"x\",\"justification\":\"y\",\"siteId\":"
                    + site + ",\"lines\":[{\"deviceModelId\":" + model + ",\"quantity\":2,\"unitPrice\":-5,\"vatRate\":0.13}]}");
            assertThat(badPrice.status()).isEqualTo(422);
            assertThat(badPrice.json().get("field").asText()).contains("unitPrice");

            ApiClient.Reply drafted = api.send("POST", "/purchase-requests", "{\"title\":\"Two H100 servers\","
                    + "\"justification\":\"Tenants are queueing\",\"siteId\":" + site + ",\"expectedDelivery\":\"" + today
                    + "\",\"lines\":[{\"deviceModelId\":" + model + ",\"quantity\":2,\"unitPrice\":\"1850000.00\","
                    + "\"vatRate\":\"0.13\",\"warrantyMonths\":36}]}");
            assertThat(drafted.status()).isEqualTo(201);
            assertThat(drafted.json().get("status").asText()).isEqualTo("DRAFT");
            assertThat(new BigDecimal(drafted.json().get("grossTotal").asText())).isEqualByComparingTo("4181000.00");
            long request = drafted.json().get("id").asLong();
            JsonNode submitted = api.send("POST", "/purchase-requests/" + request + "/submit",
                    "{\"version\":" + drafted.json().get("version").asInt() + "}").json();
            JsonNode approved = api.basic("manager", P).send("POST", "/purchase-requests/" + request + "/approve",
                    "{\"version\":" + submitted.get("version").asInt() + ",\"comment\":\"fits the plan\"}").json();
            assertThat(approved.get("status").asText()).isEqualTo("APPROVED");

            String order = "{\"version\":" + approved.get("version").asInt() + ",\"supplierId\":" + supplier
                    + ",\"orderNumber\":\"PO-API-1\",\"orderDate\":\"" + today + "\"}";
            assertThat(api.basic("analyst", P).send("POST", "/purchase-requests/" + request + "/order", order).status())
                    .isEqualTo(403);
            ApiClient.Reply placed = api.basic("manager", P).send("POST", "/purchase-requests/" + request + "/order", order);
            assertThat(placed.status()).isEqualTo(201);
            assertThat(placed.json().get("status").asText()).isEqualTo("OPEN");
            assertThat(placed.json().at("/lines/0/quantity").asInt()).isEqualTo(2);
            long id = placed.json().get("id").asLong();
            assertThat(api.send("POST", "/purchase-requests/" + request + "/order", order).status()).isEqualTo(409);

            assertThat(api.get("/purchase-orders?status=open&size=500").json().get("items")).anySatisfy(o ->
                    assertThat(o.get("orderNumber").asText()).isEqualTo("PO-API-1"));
            assertThat(api.get("/purchase-orders/" + id).json().get("supplierId").asLong()).isEqualTo(supplier);
            assertThat(api.get("/purchase-orders/99999999").status()).isEqualTo(404);

            String units = "{\"receivedOn\":\"" + today + "\",\"units\":[{\"orderLine\":1,\"assetTag\":\"API-1\","
                    + "\"serial\":\"API-SN-1\",\"gpuSerials\":[\"API-G-1\",\"API-G-2\"]},{\"orderLine\":1,\"assetTag\":\"API-2\","
                    + "\"serial\":\"API-SN-2\",\"cabinet\":\"NO-SUCH\",\"positionU\":10},{\"orderLine\":1,\"assetTag\":\"API-3\","
                    + "\"serial\":\"API-SN-1\"}]}";
            assertThat(api.basic("analyst", P).send("POST", "/purchase-orders/" + id + "/receipts", units).status())
                    .isEqualTo(403);
            ApiClient.Reply over = api.basic("ops", P).send("POST", "/purchase-orders/" + id + "/receipts", units);
            assertThat(over.status()).as("three units against two ordered: refused units, 422").isEqualTo(422);
            assertThat(over.json().get("field").asText()).startsWith("units");
            String twoBad = "{\"receivedOn\":\"" + today + "\",\"units\":[{\"orderLine\":1,\"assetTag\":\"API-1\","
                    + "\"serial\":\"API-SN-1\",\"cabinet\":\"NO-SUCH\",\"positionU\":10},{\"orderLine\":1,"
                    + "\"assetTag\":\"API-2\",\"serial\":\"API-SN-1\"}]}";
            ApiClient.Reply refused = api.send("POST", "/purchase-orders/" + id + "/receipts", twoBad);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("detail").size()).isEqualTo(2);
            assertThat(refused.json().at("/detail/0/unit").asInt()).isEqualTo(1);
            assertThat(refused.json().at("/detail/0/column").asText()).isEqualTo("cabinet");
            assertThat(refused.json().at("/detail/1/unit").asInt()).isEqualTo(2);
            assertThat(refused.json().at("/detail/1/column").asText()).isEqualTo("serial");
            assertThat(api.get("/purchase-orders/" + id).json().at("/lines/0/receivedQuantity").asInt()).isZero();

            ApiClient.Reply first = api.send("POST", "/purchase-orders/" + id + "/receipts?receivedOn=" + today + "&note=pallet-1",
                    "order_line,asset_tag,serial,gpu_serials\n1,API-1,API-SN-1,API-G-1;API-G-2\n");
            assertThat(first.status()).as(String.valueOf(first.json())).isEqualTo(201);
            assertThat(first.json().get("orderStatus").asText()).isEqualTo("PARTIALLY_RECEIVED");
            assertThat(first.json().get("gpus").asInt()).isEqualTo(2);
            ApiClient.Reply second = api.send("POST", "/purchase-orders/" + id + "/receipts", "{\"receivedOn\":\"" + today
                    + "\",\"units\":[{\"orderLine\":1,\"assetTag\":\"API-2\",\"serial\":\"API-SN-2\"}]}");
            assertThat(second.json().get("orderStatus").asText()).isEqualTo("RECEIVED");
            assertThat(second.json().get("requestStatus").asText()).isEqualTo("RECEIVED");
            assertThat(api.send("POST", "/purchase-orders/" + id + "/receipts", "{\"receivedOn\":\"" + today
                    + "\",\"units\":[{\"orderLine\":1,\"assetTag\":\"API-4\",\"serial\":\"API-SN-4\"}]}").status()).isEqualTo(409);

            JsonNode view = api.get("/purchase-orders/" + id).json();
            assertThat(view.get("receipts").size()).isEqualTo(2);
            ApiClient.Reply invoice = api.basic("analyst", P).send("POST", "/purchase-orders/" + id + "/invoice",
                    "{\"version\":" + view.get("version").asInt() + ",\"number\":\"FP-1\",\"date\":\"" + today
                            + "\",\"amount\":\"4181100.00\"}");
            assertThat(invoice.status()).isEqualTo(200);
            assertThat(invoice.json().get("warnings").get(0).asText()).contains("differs from the order total");
            assertThat(api.send("POST", "/purchase-orders/" + id + "/invoice", "{\"version\":" + view.get("version").asInt()
                    + ",\"date\":\"" + today + "\",\"amount\":\"1.00\"}").status()).as("stale version").isEqualTo(409);
        }
    }

    @BothDatabases
    void theSummaryAndTheRegistersTieOutToTheFen(Database db) throws Exception {
        Services services = seeded(db);
        try (ApiClient api = new ApiClient(services)) {
            api.basic("analyst", P);
            assertThat(api.get("/depreciation/summary?from=2025-01&to=2025-12&groupBy=tenant").status()).isEqualTo(400);
            assertThat(api.get("/depreciation/summary?to=2025-12").json().get("field").asText()).isEqualTo("from");

            JsonNode byClass = api.get("/depreciation/summary?from=2025-01&to=2025-12&groupBy=class").json();
            BigDecimal summaryTotal = new BigDecimal(byClass.get("totalDepreciation").asText());
            assertThat(summaryTotal).isPositive();
            byte[] schedule = api.download("/depreciation/schedule.xlsx?from=2025-01&to=2025-12");
            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(schedule))) {
                Sheet summary = workbook.getSheet("Summary");
                Row total = summary.getRow(summary.getLastRowNum());
                assertThat(fen(total.getCell(total.getLastCellNum() - 1).getNumericCellValue()))
                        .isEqualByComparingTo(summaryTotal);
            }
            JsonNode bySite = api.get("/depreciation/summary?from=2025-01&to=2025-12&groupBy=site").json();
            assertThat(new BigDecimal(bySite.get("totalDepreciation").asText())).isEqualByComparingTo(summaryTotal);

            JsonNode june = api.get("/depreciation/summary?from=2025-06&to=2025-06&groupBy=month").json();
            assertThat(june.get("rows").size()).isEqualTo(1);
            byte[] register = api.download("/assets/register.xlsx?date=2025-06-30");
            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(register))) {
                Sheet sheet = workbook.getSheet("Register");
                Row total = sheet.getRow(sheet.getLastRowNum());
                assertThat(fen(total.getCell(11).getNumericCellValue()))
                        .isEqualByComparingTo(new BigDecimal(june.at("/rows/0/netBookValue").asText()));
            }

            JsonNode orders = api.get("/purchase-orders?size=500").json();
            BigDecimal ordered = BigDecimal.ZERO;
            for (JsonNode o : orders.get("items")) {
                ordered = ordered.add(new BigDecimal(o.get("grossTotal").asText()));
            }
            byte[] purchases = api.download("/purchase-orders/register.xlsx");
            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(purchases))) {
                Sheet sheet = workbook.getSheet("Orders");
                assertThat(sheet.getLastRowNum()).isEqualTo(orders.get("total").asInt() + 1);
                assertThat(fen(sheet.getRow(sheet.getLastRowNum()).getCell(7).getNumericCellValue()))
                        .isEqualByComparingTo(ordered);
            }
            assertThat(api.get("/purchase-orders/register.xlsx?from=2025-02-30").json().get("field").asText()).isEqualTo("from");
            api.basic("ops", P);
            assertThat(api.get("/assets/register.xlsx").status()).isEqualTo(403);
            assertThat(api.get("/purchase-orders/register.xlsx").status()).isEqualTo(403);
        }
    }

    private static BigDecimal fen(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
