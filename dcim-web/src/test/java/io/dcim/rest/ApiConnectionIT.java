package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import java.util.EnumSet;

class ApiConnectionIT {

    /**
     * A write refused before its body is read must leave the connection usable: clients reuse
     * kept-alive connections, and one closed under them fails the next call with no answer.
     */
    @BothDatabases
    void callsRefusedBeforeTheirBodyIsReadKeepTheConnectionUsable(Database db) throws Exception {
        Services services = WebTesting.services(db);
        WebTesting.roleUsers(services, Role.ANALYST);
        String body = "{\"tenantId\":1,\"siteId\":1,\"resource\":\"gpu\",\"quantity\":8,\"note\":\"" + "x".repeat(4000) + "\"}";
        try (ApiClient api = new ApiClient(services)) {
            api.basic("analyst", WebTesting.PASSWORD);
            for (int i = 0; i < 40; i++) {
                assertThat(api.send("POST", "/demand", body).status()).isEqualTo(403);
                assertThat(api.send("POST", "/reservations", body).status()).isEqualTo(403);
                assertThat(api.get("/sites").status()).isEqualTo(200);
            }
        }
    }

    /**
     * Answers describe the caller's data at the moment of asking, so no cache may keep them:
     * a success, a success with its documented status (201), a refusal after matching (403)
     * and one before it (401) all say so.
     */
    @BothDatabases
    void noAnswerMayBeCachedAndCreationsAnswer201(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        long site = services.sites().sites().get(0).getId();
        long tenant = services.tenants().tenants().get(0).getId();
        WebTesting.roleUsers(services, Role.ANALYST);
        services.users().create("planner", null, WebTesting.PASSWORD, EnumSet.of(Role.MANAGER));
        try (ApiClient api = new ApiClient(services)) {
            ApiClient.Reply unknown = api.get("/sites");
            assertThat(unknown.status()).isEqualTo(401);
            assertThat(unknown.cacheControl()).isEqualTo("no-store");
            api.basic("analyst", WebTesting.PASSWORD);
            ApiClient.Reply sites = api.get("/sites");
            assertThat(sites.status()).isEqualTo(200);
            assertThat(sites.cacheControl()).isEqualTo("no-store");
            ApiClient.Reply refused = api.send("POST", "/reservations", "{}");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.cacheControl()).isEqualTo("no-store");
            api.basic("planner", WebTesting.PASSWORD);
            ApiClient.Reply created = api.send("POST", "/demand", "{\"tenantId\":" + tenant + ",\"siteId\":" + site
                    + ",\"resource\":\"gpu\",\"quantity\":8,\"startDate\":\"2030-01-01\",\"durationMonths\":12,"
                    + "\"stage\":\"CONTRACTED\"}");
            assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(201);
            assertThat(created.cacheControl()).isEqualTo("no-store");
        }
    }
}
