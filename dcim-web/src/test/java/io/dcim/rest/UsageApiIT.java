package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;

/**
 * The Slurm import over HTTP against a real server: mappings posted, a file imported as application/octet-stream (a refused
 * line answers 422 and writes nothing), the same file again adds nothing, and the utilization by day reads the
 * hand count: job 1 is 8 cards × 2 h on 1 March, job 2 is 2 cards from 23:00 to 01:00, split 1 h each side of
 * midnight in the site's zone.
 */
class UsageApiIT {

    private static final String SACCT = """
            JobID|Cluster|Account|User|Partition|AllocTRES|Start|End|State
            1|c1|lab|u|gpu|cpu=64,gres/gpu=8|2026-03-01T10:00:00|2026-03-01T12:00:00|COMPLETED
            1.batch|c1|lab||gpu|cpu=64,gres/gpu=8|2026-03-01T10:00:00|2026-03-01T12:00:00|COMPLETED
            2|c1|lab|u|gpu|cpu=16,gres/gpu=2|2026-03-01T23:00:00|2026-03-02T01:00:00|COMPLETED
            """;

    @BothDatabases
    void importsSacctOverHttpOnceAndAnswersUtilizationByDay(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        long site = services.sites().sites().get(0).getId();
        long tenant = services.tenants().tenants().get(0).getId();
        WebTesting.roleUsers(services, Role.OPS);
        try (ApiClient api = ApiClient.as(services, Role.ANALYST)) {
            assertThat(api.send("POST", "/usage/imports", SACCT, "application/octet-stream").status()).isEqualTo(403);

            api.basic("ops", WebTesting.PASSWORD);
            assertThat(api.send("POST", "/usage/account-mappings", "{\"cluster\":\"c1\",\"account\":\"lab\",\"tenantId\":"
                    + tenant + "}").status()).isEqualTo(201);
            assertThat(api.send("POST", "/usage/account-mappings", "{\"cluster\":\"c1\",\"account\":\"lab\",\"tenantId\":"
                    + tenant + ",\"colour\":\"red\"}").status()).as("unknown field").isEqualTo(422);
            assertThat(api.send("POST", "/usage/imports", SACCT, "text/plain").status())
                    .as("a body a cross-site page could send").isEqualTo(415);
            ApiClient.Reply unmapped = api.send("POST", "/usage/imports", SACCT, "application/octet-stream");
            assertThat(unmapped.status()).isEqualTo(422);
            assertThat(unmapped.json().toString()).contains("partition gpu of cluster c1 is not mapped");
            assertThat(api.send("POST", "/usage/partition-mappings", "{\"cluster\":\"c1\",\"partition\":\"gpu\",\"siteId\":"
                    + site + ",\"gpuClass\":\"H100_CLASS\"}").status()).isEqualTo(201);

            JsonNode imported = api.send("POST", "/usage/imports", SACCT, "application/octet-stream").json();
            assertThat(imported.get("jobsAdded").asInt()).isEqualTo(2);
            assertThat(imported.get("steps").asInt()).isEqualTo(1);
            assertThat(imported.get("cardHours").decimalValue()).isEqualByComparingTo("20");
            JsonNode again = api.send("POST", "/usage/imports", SACCT, "application/octet-stream").json();
            assertThat(again.get("jobsAdded").asInt()).isZero();
            assertThat(again.get("alreadyImported").asInt()).isEqualTo(2);

            api.basic("analyst", WebTesting.PASSWORD);
            JsonNode days = api.get("/sites/" + site + "/utilization?groupBy=day&from=2026-03-01&to=2026-03-02").json();
            assertThat(days).hasSize(2);
            assertThat(days.get(0).get("key").asText()).isEqualTo("2026-03-01");
            assertThat(days.get(0).get("cardHoursUsed").decimalValue()).as("16 + 2").isEqualByComparingTo("18");
            assertThat(days.get(1).get("cardHoursUsed").decimalValue()).isEqualByComparingTo("2");
            assertThat(days.get(0).get("cardHoursAvailable").decimalValue().signum()).isPositive();
            assertThat(api.get("/sites/" + site + "/utilization?groupBy=week").status()).isEqualTo(400);
        }
    }
}
