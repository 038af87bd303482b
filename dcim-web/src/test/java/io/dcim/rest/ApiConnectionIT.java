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
        services.users().create("analyst", null, WebTesting.PASSWORD, EnumSet.of(Role.ANALYST));
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
}
