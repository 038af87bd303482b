package io.dcim.rest;

import static io.dcim.web.WebTesting.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.common.table.Table;
import io.dcim.common.table.TableReader;
import io.dcim.identity.role.Role;
import io.dcim.inventory.cable.CableFilter;
import io.dcim.inventory.cable.CableSummary;
import io.dcim.inventory.fabric.FabricSelection;
import io.dcim.testing.BothDatabases;
import io.dcim.web.FabricRoom;
import io.dcim.web.WebTesting;
import java.nio.charset.StandardCharsets;

/** The cable list taken away over HTTP: in the import's layout (and back in), and as a label printer's sheet. */
class CableExportApiIT {

    private static final String P = WebTesting.PASSWORD;

    /** A hall with the 24 planned cables of {@link FabricRoom#PLAN}, labelled EXP-1 … EXP-24. */
    private static Services cabledHall(Database db) {
        Services services = WebTesting.demoSite(db);
        WebTesting.roleUsers(services, Role.OPS);
        FabricRoom hall = FabricRoom.on(services, "Hall Z", "Z");
        services.cabling().fabric().writePlanned(SYSTEM, FabricRoom.PLAN, new FabricSelection(hall.siteId(), hall.roomId(),
                null, null, "EXP"), 0);
        return services;
    }

    @BothDatabases
    void theExportedCsvImportsBackTheSameCablesOnceTheyAreRemoved(Database db) throws Exception {
        Services services = cabledHall(db);
        try (ApiClient api = new ApiClient(services).basic("ops", P)) {
            byte[] csv = api.download("/cables/export?label=EXP-&format=csv");
            Table table = new TableReader(1_000).read(csv);
            assertThat(table.rows()).hasSize(24);
            assertThat(table.rows().get(0).get("a_device")).isEqualTo("Z-SRV-1");
            assertThat(api.get("/cables/export?format=ods").json().get("field").asText()).isEqualTo("format");

            for (CableSummary c : services.cabling().cables().page(SYSTEM, new CableFilter(null, null, null, null, null,
                    "EXP-"), PageRequest.first(100, "label")).items()) {
                services.cabling().cables().delete(SYSTEM, c.id(), c.version());
            }
            assertThat(api.get("/cables?label=EXP-&size=1").json().get("total").asLong()).isZero();

            ApiClient.Reply imported = api.send("POST", "/imports/cables", new String(csv, StandardCharsets.UTF_8));
            assertThat(imported.status()).as(String.valueOf(imported.json())).isEqualTo(200);
            assertThat(imported.json().get("cables").asInt()).isEqualTo(24);
            assertThat(api.get("/cables?label=EXP-&status=planned&type=aoc&size=1").json().get("total").asLong())
                    .isEqualTo(8);
        }
    }

    @BothDatabases
    void labelsComeAsAnXlsxWithALabelForEachEnd(Database db) throws Exception {
        Services services = cabledHall(db);
        try (ApiClient api = new ApiClient(services).basic("ops", P)) {
            Table labels = new TableReader(1_000).read(api.download("/cables/labels?label=EXP-&format=xlsx"));

            assertThat(labels.columns()).containsExactly("label", "end", "line_1", "line_2", "type");
            assertThat(labels.rows()).hasSize(48);
            assertThat(labels.rows().get(0).get("line_1")).isEqualTo("Hall Z/Z01/U2 Z-SRV-1 ib1");
            assertThat(labels.rows().get(0).get("line_2")).isEqualTo("→ Hall Z/Z03/U20 Z-SW-1 p1");
        }
    }
}
