package io.dcim.power.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.history.Change;
import io.dcim.inventory.history.HistoryFilter;
import io.dcim.inventory.history.HistoryService;
import io.dcim.power.PowerFixture;
import io.dcim.power.chain.ChainSpecs.NewFeed;
import io.dcim.power.chain.ChainSpecs.NewPanel;
import io.dcim.power.chain.ChainSpecs.NewSource;
import io.dcim.power.chain.ChainSpecs.Plug;
import io.dcim.power.endpoint.Feed;
import io.dcim.testing.BothDatabases;
import java.util.List;

/**
 * The power chain in the history beside the inventory: a UPS, its panel, a feed, an H100 model's supplies and one
 * server's supply plugged in, each listed by the name people know it by and filtered by its type; and the model's
 * supplies read back as the trade writes them.
 */
class ChainHistoryTest {

    private static final Caller OPS = Caller.of("ops-1", Permission.POWER_CONFIGURE, Permission.READ);

    @BothDatabases
    void theChainsObjectsAreListedByNameAndFilteredByType(Database db, PowerFixture f) {
        ChainFacade chain = new ChainFacade(db, new ChainLoader(db, f.loads));
        long ups = chain.addSource(OPS, new NewSource(f.siteId, "UPS-A", SourceKind.UPS, 450_000)).id();
        long panel = chain.addPanel(OPS, new NewPanel(ups, "PP-A", 3, 400, 400)).id();
        long feed = chain.addFeed(OPS, new NewFeed(panel, f.base.cabinet.getId(), "A01-A", Feed.A, 1, 230, 32, null))
                .id();
        Device server = f.base.inventory.install(f.base.inventory.h100Server(), f.base.cabinet, 1, Face.FRONT);
        long model = f.base.inventory.h100Server().getId();
        chain.setSupplies(OPS, model, 8, 4);
        chain.plug(OPS, List.of(new Plug(server.getId(), 2, feed)));
        HistoryService history = new HistoryService(db, ChainHistory.kinds());

        assertThat(history.typeNames()).contains("device", "power-source", "power-panel", "power-feed", "supply-spec",
                "device-supply");
        List<Change> byOps = history.page(new HistoryFilter(null, "ops-1", null, null), PageRequest.first(50, null))
                .items();
        assertThat(byOps).extracting(c -> c.type() + " " + c.objectName() + " " + c.action()).containsExactly(
                "device-supply " + server.getAssetTag() + " PSU 2 created",
                "supply-spec " + f.base.inventory.h100Server().getDisplayName() + " created",
                "power-feed A01-A created",
                "power-panel UPS-A / PP-A created",
                "power-source UPS-A created");
        assertThat(history.page(new HistoryFilter("power-feed", null, null, null), PageRequest.first(50, null))
                .items()).extracting(Change::objectId).containsExactly(feed);

        chain.setSupplies(OPS, model, 3, 2);
        List<Change> spec = history.of("supply-spec", history.page(new HistoryFilter("supply-spec", null, null, null),
                PageRequest.first(1, null)).items().get(0).objectId());
        assertThat(spec).hasSize(2);
        assertThat(spec.get(1).fields()).extracting(c -> c.field() + ": " + c.before() + " -> " + c.after())
                .containsExactly("supplies: 8 -> 3", "needed: 4 -> 2");
        assertThat(history.of("power-panel", panel).get(0).fields())
                .anySatisfy(c -> assertThat(c.field() + " " + c.after()).isEqualTo("source UPS-A"));
    }

    @BothDatabases
    void aModelsSuppliesReadAsNeededPlusSpareAndAnUnrecordedModelIsSingleCorded(Database db, PowerFixture f) {
        ChainFacade chain = new ChainFacade(db, new ChainLoader(db, f.loads));
        long server = f.base.inventory.h100Server().getId();
        long leaf = f.base.inventory.leafSwitch().getId();

        chain.setSupplies(OPS, server, 8, 4);
        ModelSupplies fourPlusFour = chain.modelSupplies(OPS, server);
        assertThat(fourPlusFour.redundancy()).isEqualTo("4+4");
        assertThat(fourPlusFour.survivesOneSupply()).isTrue();
        chain.setSupplies(OPS, server, 3, 2);
        assertThat(chain.modelSupplies(OPS, server).redundancy()).as("N+1").isEqualTo("2+1");

        ModelSupplies single = chain.modelSupplies(OPS, leaf);
        assertThat(single.recorded()).isFalse();
        assertThat(single.redundancy()).isEqualTo("1+0");
        assertThat(single.survivesOneSupply()).isFalse();
    }
}
