package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cabinet.Lease;
import io.dcim.inventory.cabinet.NewCabinet;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.FixedAsset;
import io.dcim.procurement.asset.NewAsset;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import io.dcim.web.WebTesting;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Prices, a site's economics and an asset's disposal over the API, with the figures worked out by hand. */
class EconomicsApiIT {

    @BothDatabases
    void financeKeepsPricesAndReadsASitesCostLinesWhileOpsMayNot(Database db) throws Exception {
        Services services = WebTesting.services(db);
        InventoryFixture inventory = new InventoryFixture(db);
        // Leased from 2025-02-11: February 9,800 × 18 / 28 = 6,300.00; March 9,800.00.
        inventory.cabinets.create(new NewCabinet(inventory.row.getId(), "L1", 1, null, null,
                new Lease("Hohhot IDC", new BigDecimal("9800.00"), LocalDate.of(2025, 2, 11), null)));
        WebTesting.roleUsers(services, Role.ANALYST, Role.OPS);
        long site = inventory.site.getId();
        String price = "{\"gpuClass\":\"H100_CLASS\",\"cardHourPrice\":20,\"coreHourPrice\":0.05,\"validFrom\":\"2025-01-01\"}";
        try (ApiClient api = new ApiClient(services).basic("ops", WebTesting.PASSWORD)) {
            assertThat(api.send("POST", "/prices", price).status()).isEqualTo(403);
            assertThat(api.get("/sites/" + site + "/economics?from=2025-02&to=2025-03").status()).isEqualTo(403);

            api.basic("analyst", WebTesting.PASSWORD);
            JsonNode created = api.send("POST", "/prices", price).json();
            assertThat(created.get("cardHourPrice").decimalValue()).isEqualByComparingTo("20");
            ApiClient.Reply overlapping = api.send("POST", "/prices", price);
            assertThat(overlapping.status()).isEqualTo(409);
            assertThat(overlapping.json().get("field").asText()).isEqualTo("validFrom");
            JsonNode edited = api.send("PUT", "/prices/" + created.get("id").asLong(), "{\"version\":"
                    + created.get("version").asInt() + ",\"gpuClass\":\"H100_CLASS\",\"cardHourPrice\":21,"
                    + "\"coreHourPrice\":0.05,\"validFrom\":\"2025-01-01\"}").json();
            assertThat(edited.get("version").asInt()).isEqualTo(created.get("version").asInt() + 1);
            ApiClient.Reply unknownField = api.send("POST", "/electricity-tariffs", "{\"siteId\":" + site
                    + ",\"cnyPerKwh\":0.262,\"validFrom\":\"2025-01-01\",\"colour\":\"red\"}");
            assertThat(unknownField.status()).isEqualTo(422);
            assertThat(unknownField.json().get("field").asText()).isEqualTo("colour");

            JsonNode report = api.get("/sites/" + site + "/economics?from=2025-02&to=2025-03&groupBy=month").json();
            assertThat(report.get("rows").get(0).get("costs").get("lease").decimalValue()).isEqualByComparingTo("6300.00");
            assertThat(report.get("rows").get(1).get("costs").get("lease").decimalValue()).isEqualByComparingTo("9800.00");
            assertThat(report.get("total").get("grossMargin").decimalValue()).isEqualByComparingTo("-16100.00");
            ApiClient.Reply wrongGrouping = api.get("/sites/" + site + "/economics?from=2025-02&to=2025-03&groupBy=rack");
            assertThat(wrongGrouping.status()).isEqualTo(422);
            assertThat(wrongGrouping.json().get("field").asText()).isEqualTo("groupBy");
            ApiClient.Reply wrongTarget = api.get("/sites/" + site + "/economics?from=2025-02&to=2025-03&utilization=1.5");
            assertThat(wrongTarget.json().get("field").asText()).isEqualTo("utilization");
        }
    }

    /**
     * One H100 server at 1,200,000.00 net, arriving in two months, at a site with no usage nor tariff yet: 19,000.00 of
     * depreciation a month ((1,200,000 − 5 %) / 60) from the month after, nothing earned, both said in the notes.
     */
    @BothDatabases
    void aPurchaseRequestsMarginOutlookIsFinancesToRead(Database db) throws Exception {
        Services services = WebTesting.services(db);
        InventoryFixture inventory = new InventoryFixture(db);
        WebTesting.roleUsers(services, Role.ANALYST, Role.OPS);
        LocalDate delivery = LocalDate.now().plusMonths(2);
        long request = services.procurement().requests().create("ops-alice", io.dcim.procurement.request.RequestDraft.equipment(
                "One H100 server", "growth", inventory.site.getId(), java.util.List.of(io.dcim.procurement.request.LineInput
                        .equipment(inventory.h100Server().getId(), 1, new BigDecimal("1200000.00"), new BigDecimal("0.13"))))
                .withDelivery(delivery, null, null)).getId();
        try (ApiClient api = new ApiClient(services).basic("ops", WebTesting.PASSWORD)) {
            assertThat(api.get("/purchase-requests/" + request + "/outlook").status()).isEqualTo(403);

            api.basic("analyst", WebTesting.PASSWORD);
            JsonNode outlook = api.get("/purchase-requests/" + request + "/outlook").json();
            assertThat(outlook.get("gpus").asLong()).isEqualTo(8);
            assertThat(outlook.get("firstMonth").asText()).isEqualTo(java.time.YearMonth.from(delivery).plusMonths(1).toString());
            assertThat(outlook.get("months")).hasSize(36);
            assertThat(outlook.get("months").get(0).get("depreciation").decimalValue()).isEqualByComparingTo("19000.00");
            assertThat(outlook.get("months").get(0).get("revenue").decimalValue()).isEqualByComparingTo("0");
            assertThat(outlook.get("months").get(35).get("cumulativeMargin").decimalValue()).isEqualByComparingTo("-684000.00");
            assertThat(outlook.get("breakEven").isNull()).isTrue();
            assertThat(outlook.get("notes")).hasSize(2);
            assertThat(api.get("/purchase-requests/999999/outlook").status()).isEqualTo(404);
        }
    }

    @BothDatabases
    void aDisposalShowsItsGainOrLossBeforeAndAfterItIsDone(Database db) throws Exception {
        Services services = WebTesting.services(db);
        InventoryFixture inventory = new InventoryFixture(db);
        Cabinet cabinet = inventory.cabinet("A01");
        Device server = inventory.install(inventory.h100Server(), cabinet, 1, Face.FRONT);
        // 120,000.00 in service 2025-01-10, 60 months, 5 %: (120,000 − 6,000) / 60 = 1,900.00 a month from February.
        FixedAsset asset = services.procurement().assets().register(new NewAsset(server.getId(), "FA-9", "server",
                AssetClass.SERVER, new BigDecimal("120000.00"), new BigDecimal("0.13"), LocalDate.of(2025, 1, 10),
                inventory.site.getId(), null, null, null, null));
        try (ApiClient api = ApiClient.as(services, Role.ANALYST)) {
            // Disposed of in June 2025: February to June depreciated, 5 × 1,900 = 9,500; book value 110,500.00.
            JsonNode preview = api.get("/assets/" + asset.getId() + "/disposal-preview?disposedOn=2025-06-20&proceeds=100000")
                    .json();
            assertThat(preview.get("netBookValue").decimalValue()).isEqualByComparingTo("110500.00");
            assertThat(preview.get("gainOrLoss").decimalValue()).isEqualByComparingTo("-10500.00");
            assertThat(services.procurement().assets().find(asset.getId()).isDisposed()).isFalse();

            JsonNode done = api.send("POST", "/assets/" + asset.getId() + "/disposal", "{\"version\":" + asset.getVersion()
                    + ",\"disposedOn\":\"2025-06-20\",\"proceeds\":100000}").json();
            assertThat(done.get("gainOrLoss").decimalValue()).isEqualByComparingTo("-10500.00");
            assertThat(api.send("POST", "/assets/" + asset.getId() + "/disposal", "{\"version\":" + (asset.getVersion() + 1)
                    + ",\"disposedOn\":\"2025-06-20\",\"proceeds\":100000}").status()).isEqualTo(409);
        }
    }
}
