package io.dcim.power.chain;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.power.PowerFixture;
import io.dcim.power.chain.ChainSpecs.NewFeed;
import io.dcim.power.chain.ChainSpecs.NewPanel;
import io.dcim.power.chain.ChainSpecs.NewSource;
import io.dcim.power.chain.ChainSpecs.Plug;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetView;
import java.util.ArrayList;
import java.util.List;

/**
 * The chain the chain tests record through the façade: two UPSes, a panel each, an A and a B feed to cabinet A01
 * metered by its PDUs, an H100 server with its supplies split across both feeds and a single-corded leaf switch
 * on A.
 */
final class TwoFeedCabinet {

    static final Caller OPS = Caller.of("ops-1", Permission.POWER_CONFIGURE, Permission.READ);
    static final Caller ANALYST = Caller.of("analyst-1", Permission.READ);

    final PowerFixture f;
    final ChainFacade facade;
    final Cabinet cabinet;
    final TargetView pduA;
    final TargetView pduB;
    final long upsA;
    final long panelA;
    final long panelB;
    final long feedA;
    final long feedB;
    final Device server;
    final Device leaf;

    /**
     * @param serverSupplies how many supplies the server's model has: the first half plugged into feed A, the
     *                       rest into B
     * @param serverNeeds    how many of them carry the server alone
     */
    TwoFeedCabinet(Database db, int serverSupplies, int serverNeeds) {
        f = new PowerFixture(db);
        facade = new ChainFacade(db, new ChainLoader(db, f.loads));
        cabinet = f.base.cabinet;
        pduA = f.pdu(cabinet, Feed.A, 32);
        pduB = f.pdu(cabinet, Feed.B, 32);
        upsA = facade.addSource(OPS, new NewSource(f.siteId, "UPS-A", SourceKind.UPS, 450_000)).id();
        long upsB = facade.addSource(OPS, new NewSource(f.siteId, "UPS-B", SourceKind.UPS, 450_000)).id();
        panelA = facade.addPanel(OPS, new NewPanel(upsA, "PP-A", 3, 400, 400)).id();
        panelB = facade.addPanel(OPS, new NewPanel(upsB, "PP-B", 3, 400, 400)).id();
        feedA = facade.addFeed(OPS, new NewFeed(panelA, cabinet.getId(), "A01-A", Feed.A, 1, 230, 32,
                pduA.id())).id();
        feedB = facade.addFeed(OPS, new NewFeed(panelB, cabinet.getId(), "A01-B", Feed.B, 1, 230, 32,
                pduB.id())).id();
        server = f.base.inventory.install(f.base.inventory.h100Server(), cabinet, 1, Face.FRONT);
        leaf = f.base.inventory.install(f.base.inventory.leafSwitch(), cabinet, 40, Face.FRONT);
        facade.setSupplies(OPS, f.base.inventory.h100Server().getId(), serverSupplies, serverNeeds);
        List<Plug> plugs = new ArrayList<>();
        for (int supply = 1; supply <= serverSupplies; supply++) {
            plugs.add(new Plug(server.getId(), supply, supply <= serverSupplies / 2 ? feedA : feedB));
        }
        plugs.add(new Plug(leaf.getId(), 1, feedA));
        facade.plug(OPS, plugs);
    }
}
