package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.history.HistoryDemo;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

class CapacityApiIT {

    @BothDatabases
    void plansASiteAgainstThePipelineAndEditsThePipeline(Database db) throws Exception {
        Services services = WebTesting.demoSiteWithPurchases(db);
        long site = services.sites().sites().get(0).getId();
        new HistoryDemo(services.forecasting().history()).backfill(site, 24);
        long tenant = services.tenants().tenants().get(0).getId();
        WebTesting.roleUsers(services, Role.MANAGER);
        try (ApiClient api = ApiClient.as(services, Role.ANALYST)) {
            JsonNode plan = api.get("/sites/" + site + "/capacity-plan?resource=gpu&headroom=0.2").json();
            assertThat(plan.get("months")).hasSize(24);
            JsonNode first = plan.get("months").get(0);
            assertThat(first.get("usable").asDouble()).isCloseTo(first.get("capacity").asDouble() * 0.8, within(0.5));
            assertThat(plan.get("assumptions").get("headroom").asDouble()).isEqualTo(0.2);
            // the notes are sentences in the request's language, never keys and arguments
            assertThat(plan.has("remarks")).isFalse();
            assertThat(plan.get("notes").toString()).contains("lead time ").doesNotContain("交货期");
            JsonNode chinese = api.language("zh-CN").get("/sites/" + site + "/capacity-plan?resource=gpu&headroom=0.2").json();
            assertThat(chinese.get("notes").toString()).contains("交货期 ").doesNotContain("lead time ");
            api.language(null);

            JsonNode history = api.get("/sites/" + site + "/utilization?resource=cabinets&from="
                    + LocalDate.now(ZoneOffset.UTC).minusDays(30) + "&to=" + LocalDate.now(ZoneOffset.UTC)).json();
            assertThat(history.get("points").size()).isBetween(30, 31);

            assertThat(api.get("/sites/" + site + "/capacity-plan?resource=racks").status()).isEqualTo(422);
            assertThat(api.get("/sites/" + site + "/capacity-plan?resource=racks").json().get("field").asText()).isEqualTo("resource");
            assertThat(api.get("/sites/999999/capacity-plan").status()).isEqualTo(404);
            assertThat(api.get("/sites/" + site + "/capacity-plan?headroom=lots").status()).isEqualTo(400);
            String entry = "{\"tenantId\":" + tenant + ",\"siteId\":" + site + ",\"resource\":\"gpu\",\"quantity\":4096,"
                    + "\"startDate\":\"" + YearMonth.now(ZoneOffset.UTC).plusMonths(3).atDay(1) + "\",\"durationMonths\":36,"
                    + "\"stage\":\"CONTRACTED\"}";
            assertThat(api.send("POST", "/demand", entry).status()).isEqualTo(403);

            api.basic("manager", WebTesting.PASSWORD);
            ApiClient.Reply refused = api.send("POST", "/demand", entry.replace("4096", "-5"));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("field").asText()).isEqualTo("quantity");
            ApiClient.Reply created = api.send("POST", "/demand", entry);
            assertThat(created.status()).isEqualTo(201);
            long id = created.json().get("id").asLong();

            // 4,096 contracted GPUs three months out are far beyond a small site: it runs out by then, and the plan buys.
            JsonNode short_ = api.get("/sites/" + site + "/capacity-plan?resource=gpu&pipeline=committed_only").json();
            LocalDate exhaustion = LocalDate.parse(short_.get("exhaustion").asText());
            assertThat(exhaustion).isBeforeOrEqualTo(YearMonth.now(ZoneOffset.UTC).plusMonths(3).atDay(1));
            int servers = 0;
            for (JsonNode r : short_.get("recommendations")) {
                servers += r.get("servers").asInt();
            }
            assertThat(servers * 8).isGreaterThanOrEqualTo(4096 - plan.get("months").get(3).get("capacity").asInt());

            JsonNode listed = api.get("/demand?site=" + site).json();
            assertThat(listed.get("items")).hasSize(1);
            assertThat(api.send("DELETE", "/demand/" + id + "?version=7", null).status()).isEqualTo(409);
            assertThat(api.send("DELETE", "/demand/" + id + "?version=" + listed.get("items").get(0).get("version").asInt(),
                    null).status()).isEqualTo(204);
            assertThat(api.get("/demand/" + id).status()).isEqualTo(404);
        }
    }
}
