package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.testing.BothDatabases;
import io.dcim.web.FabricRoom;
import io.dcim.web.WebTesting;
import java.util.List;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fabric plans over HTTP at the reference scale, laid onto devices as planned cables, and as the installers' workbook. */
class FabricPlanApiIT {

    private static final String P = WebTesting.PASSWORD;

    private static Services seeded(Database db) {
        Services services = WebTesting.demoSite(db);
        WebTesting.roleUsers(services, Role.OPS, Role.ANALYST);
        return services;
    }

    /*
     * 16,384 GPUs on 8-GPU servers, 8 NDR NICs each, 64-port switches, 1:1, three tiers, SuperPOD layout
     * (4 servers a cabinet, 16 cabinets a row, leaves in their unit's row, 16 switches a network cabinet):
     *   servers          = 16,384 / 8 = 2,048
     *   leaf ports        = 64 → 32 down, 32 up; a scalable unit = 32 servers → 2,048 / 32 = 64 units
     *   leaves           = 64 units × 8 rails = 512
     *   a spine's down half (32 ports) takes 32 / 8 rails = 4 units: pods = 64 / 4 = 16
     *   spines           = 16 pods × 32 leaf uplinks = 512
     *   super-spines     = 512 spines × 32 up / 64 ports = 256
     *   server → leaf    = 2,048 × 8 = 16,384 links, all along the row (a unit's 8 cabinets and its leaves'
     *                      cabinet share a row of 16): AOC
     *   leaf → spine     = 512 × 32 = 16,384 links, server rows to network rows: fibre with 2 optics
     *   spine → super    = 512 × 32 = 16,384 links, spines in network rows 32-33, super-spines in 34: fibre
     *   cables           = 49,152; transceivers = 2 × 32,768 = 65,536
     *   ports            leaves 512 × 64 = 32,768 all used (16,384 down + 16,384 up), spines the same,
     *                    super-spines 256 × 64 = 16,384 all used
     *   cost (USD list)  = 1,280 switches × 28,000 + 16,384 AOC × 850 + 32,768 fibres × 60 + 65,536 optics × 1,100
     *                    = 35,840,000 + 13,926,400 + 1,966,080 + 72,089,600 = 123,822,080
     */
    @BothDatabases
    void plansA16384GpuThreeTierFabricToTheHandComputedCounts(Database db) throws Exception {
        Services services = seeded(db);
        try (ApiClient api = new ApiClient(services).basic("analyst", P)) {
            ApiClient.Reply reply = api.send("POST", "/fabric-plans", "{\"gpus\":16384,\"gpusPerServer\":8,"
                    + "\"nicsPerServer\":8,\"switchRadix\":64,\"portSpeedGbps\":400,\"tiers\":\"THREE\"}");

            assertThat(reply.status()).as(String.valueOf(reply.json())).isEqualTo(200);
            JsonNode p = reply.json();
            assertThat(p.get("servers").asInt()).isEqualTo(2_048);
            assertThat(p.get("scalableUnits").asInt()).isEqualTo(64);
            assertThat(p.get("serversPerUnit").asInt()).isEqualTo(32);
            assertThat(p.get("pods").asInt()).isEqualTo(16);
            assertThat(p.at("/leaves/switches").asInt()).isEqualTo(512);
            assertThat(p.at("/leaves/ports").asLong()).isEqualTo(32_768);
            assertThat(p.at("/leaves/spare").asLong()).isZero();
            assertThat(p.at("/spines/switches").asInt()).isEqualTo(512);
            assertThat(p.at("/spines/used").asLong()).isEqualTo(32_768);
            assertThat(p.at("/superSpines/switches").asInt()).isEqualTo(256);
            assertThat(p.at("/superSpines/used").asLong()).isEqualTo(16_384);
            assertThat(p.at("/cables/0/tier").asText()).isEqualTo("SERVER_TO_LEAF");
            assertThat(p.at("/cables/0/aoc").asLong()).isEqualTo(16_384);
            assertThat(p.at("/cables/0/total").asLong()).isEqualTo(16_384);
            assertThat(p.at("/cables/1/tier").asText()).isEqualTo("LEAF_TO_SPINE");
            assertThat(p.at("/cables/1/optics").asLong()).isEqualTo(16_384);
            assertThat(p.at("/cables/2/tier").asText()).isEqualTo("SPINE_TO_SUPER_SPINE");
            assertThat(p.at("/cables/2/optics").asLong()).isEqualTo(16_384);
            assertThat(p.get("totalCables").asLong()).isEqualTo(49_152);
            assertThat(p.get("transceivers").asLong()).isEqualTo(65_536);
            assertThat(p.at("/cost/switches").decimalValue()).isEqualByComparingTo("35840000");
            assertThat(p.at("/cost/transceivers").decimalValue()).isEqualByComparingTo("72089600");
            assertThat(p.at("/cost/total").decimalValue()).isEqualByComparingTo("123822080");
        }
    }

    private static String layBody(FabricRoom hall, String prefix) {
        return "{\"plan\":{\"servers\":4,\"gpusPerServer\":8,\"nicsPerServer\":2,\"switchRadix\":16,\"portSpeedGbps\":400,"
                + "\"tiers\":\"TWO\",\"placement\":{\"serversPerCabinet\":2,\"cabinetsPerRow\":16,\"leavesInServerRows\":true,"
                + "\"switchesPerCabinet\":16}},\"devices\":{\"siteId\":" + hall.siteId() + ",\"roomId\":" + hall.roomId()
                + ",\"labelPrefix\":\"" + prefix + "\"},\"rows\":3}";
    }

    /** Polls a background fabric job until it has ended. */
    private static JsonNode awaitJob(ApiClient api, String id) throws Exception {
        for (int i = 0; i < 600; i++) {
            ApiClient.Reply job = api.get("/fabric-plans/cables/jobs/" + id);
            assertThat(job.status()).as(String.valueOf(job.json())).isEqualTo(200);
            String state = job.json().get("state").asText();
            if (!List.of("LAYING", "CHECKING", "WRITING").contains(state)) {
                return job.json();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the fabric job did not end within a minute");
    }

    @BothDatabases
    void laysAPlanInTheBackgroundWithProgressAndOnlyItsOwnerSeesTheJob(Database db) throws Exception {
        Services services = seeded(db);
        FabricRoom hall = FabricRoom.on(services, "Hall Z", "Z");
        try (ApiClient api = new ApiClient(services)) {
            assertThat(api.basic("analyst", P).send("POST", "/fabric-plans/cables/jobs", layBody(hall, "JOB")).status())
                    .isEqualTo(403);
            api.basic("ops", P);
            ApiClient.Reply started = api.send("POST", "/fabric-plans/cables/jobs", layBody(hall, "JOB"));
            assertThat(started.status()).as(String.valueOf(started.json())).isEqualTo(202);
            String id = started.json().get("id").asText();
            assertThat(started.json().get("write").asBoolean()).isTrue();
            assertThat(started.location()).as("the job's own address, absolute")
                    .matches("http://127\\.0\\.0\\.1:\\d+/api/v1/fabric-plans/cables/jobs/" + id);

            JsonNode done = awaitJob(api, id);
            assertThat(done.get("state").asText()).isEqualTo("FINISHED");
            assertThat(done.get("percent").asInt()).isEqualTo(100);
            assertThat(done.get("total").asInt()).as("24 cables checked, then written").isEqualTo(48);
            assertThat(done.get("done").asInt()).isEqualTo(48);
            assertThat(done.at("/result/written").asBoolean()).isTrue();
            assertThat(done.at("/result/cables").asLong()).isEqualTo(24);
            assertThat(api.get("/cables?label=JOB-&status=planned&size=1").json().get("total").asLong()).isEqualTo(24);

            // a second write is refused cable by cable, as the synchronous call would be: nothing written
            JsonNode again = awaitJob(api, api.send("POST", "/fabric-plans/cables/jobs", layBody(hall, "JOB2"))
                    .json().get("id").asText());
            assertThat(again.get("state").asText()).isEqualTo("FINISHED");
            assertThat(again.at("/result/written").asBoolean()).isFalse();
            assertThat(again.at("/result/refused").asInt()).isEqualTo(24);

            // a request refused as a whole names its field
            JsonNode tooFew = awaitJob(api, api.send("POST", "/fabric-plans/cables/jobs?dryRun=true",
                    layBody(hall, "X").replace("\"labelPrefix\"", "\"switchMatch\":\"Z-SW-1\",\"labelPrefix\""))
                    .json().get("id").asText());
            assertThat(tooFew.get("state").asText()).isEqualTo("REFUSED");
            assertThat(tooFew.at("/error/field").asText()).isEqualTo("switchMatch");

            services.users().create("ops2", null, P, EnumSet.of(Role.OPS));
            assertThat(api.basic("ops2", P).get("/fabric-plans/cables/jobs/" + id).status())
                    .as("another user's job").isEqualTo(404);
        }
    }

    @BothDatabases
    void laysAPlanOntoAHallsDevicesPreviewFirstThenAllOrNothing(Database db) throws Exception {
        Services services = seeded(db);
        FabricRoom hall = FabricRoom.on(services, "Hall Z", "Z");
        try (ApiClient api = new ApiClient(services)) {
            assertThat(api.basic("analyst", P).send("POST", "/fabric-plans/cables?dryRun=true", layBody(hall, "API"))
                    .status()).isEqualTo(403);
            api.basic("ops", P);

            ApiClient.Reply preview = api.send("POST", "/fabric-plans/cables?dryRun=true", layBody(hall, "API"));
            assertThat(preview.status()).as(String.valueOf(preview.json())).isEqualTo(200);
            assertThat(preview.json().get("written").asBoolean()).isFalse();
            assertThat(preview.json().get("cables").asLong()).isEqualTo(24);
            assertThat(preview.json().get("leaves").asInt()).isEqualTo(2);
            assertThat(preview.json().get("firstRows")).hasSize(3);
            assertThat(preview.json().at("/firstRows/0/fromDevice").asText()).isEqualTo("Z-SRV-1");
            assertThat(preview.json().at("/firstRows/0/toDevice").asText()).isEqualTo("Z-SW-1");
            assertThat(api.get("/cables?label=API-&size=1").json().get("total").asLong()).isZero();

            ApiClient.Reply written = api.send("POST", "/fabric-plans/cables", layBody(hall, "API"));
            assertThat(written.json().get("written").asBoolean()).isTrue();
            assertThat(api.get("/cables?label=API-&status=planned&size=1").json().get("total").asLong()).isEqualTo(24);

            ApiClient.Reply again = api.send("POST", "/fabric-plans/cables", layBody(hall, "AGAIN"));
            assertThat(again.status()).isEqualTo(422);
            assertThat(again.json().get("field").asText()).isEqualTo("devices");
            assertThat(again.json().at("/detail/refused").asInt()).isEqualTo(24);
            assertThat(again.json().at("/detail/refusals/0/label").asText()).isEqualTo("AGAIN-1");
            assertThat(again.json().at("/detail/refusals/0/message").asText()).isNotBlank();
            assertThat(api.get("/cables?label=AGAIN-&size=1").json().get("total").asLong()).isZero();

            ApiClient.Reply tooFew = api.send("POST", "/fabric-plans/cables?dryRun=true",
                    layBody(hall, "X").replace("\"labelPrefix\"", "\"switchMatch\":\"Z-SW-1\",\"labelPrefix\""));
            assertThat(tooFew.status()).isEqualTo(422);
            assertThat(tooFew.json().get("field").asText()).isEqualTo("switchMatch");
            assertThat(api.send("POST", "/fabric-plans/cables", layBody(hall, "X").replace("\"rows\":3", "\"rows\":3,"
                    + "\"shade\":1")).json().get("field").asText()).isEqualTo("shade");
        }
    }

    @BothDatabases
    void givesTheInstallersWorkbookInTheCallersLanguageOnTheChosenDevices(Database db) throws Exception {
        Services services = seeded(db);
        FabricRoom hall = FabricRoom.on(services, "Hall Z", "Z");
        try (ApiClient api = new ApiClient(services).basic("analyst", P).language("zh-CN")) {
            byte[] file = api.downloadPosted("/fabric-plans/workbook", layBody(hall, "WB"));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                assertThat(book.getSheetName(0)).isEqualTo("汇总");
                var cables = book.getSheet("线缆");
                assertThat(cables.getLastRowNum()).isEqualTo(24);
                assertThat(cables.getRow(1).getCell(0).getStringCellValue()).isEqualTo("WB-1");
                assertThat(cables.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Z-SRV-1");
                assertThat(cables.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Z-SW-1");
            }
            assertThat(api.get("/cables?label=WB-&size=1").json().get("total").asLong()).as("nothing written").isZero();
        }
    }
}
