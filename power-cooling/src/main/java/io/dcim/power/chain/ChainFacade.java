package io.dcim.power.chain;

import static io.dcim.common.access.Permission.POWER_CONFIGURE;
import static io.dcim.common.access.Permission.READ;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.persistence.Database;
import io.dcim.power.chain.ChainSpecs.NewFeed;
import io.dcim.power.chain.ChainSpecs.NewPanel;
import io.dcim.power.chain.ChainSpecs.NewSource;
import io.dcim.power.chain.ChainSpecs.Plug;
import io.dcim.power.chain.ChainSpecs.Saved;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.table.Table;
import io.dcim.common.table.TableWriter;
import io.dcim.power.chain.ChainViews.DeviceSupplies;
import io.dcim.power.chain.ChainViews.FeedView;
import io.dcim.power.chain.ChainViews.PanelView;
import io.dcim.power.chain.ChainViews.SourceView;
import io.dcim.power.chain.ChainViews.SupplyView;
import java.util.List;
import java.util.Locale;

/**
 * The power chain's use cases as every door calls them: recording sources, panels, feeds, how models are powered,
 * where supplies are plugged and a site's derating needs {@code power.configure}, each in one transaction under
 * the caller's name; loads, stranded power and failover answers are read with {@code read}, computed in memory
 * from one load of the chain.
 */
public final class ChainFacade {

    private final Database db;
    private final ChainService chain = new ChainService();
    private final ChainLoader loader;
    private final ChainTransfer transfer;

    public ChainFacade(Database db, ChainLoader loader) {
        this.db = db;
        this.loader = loader;
        this.transfer = new ChainTransfer(db);
    }

    /** Changes a source read at {@code version} (its site stays). */
    public Saved editSource(Caller caller, long id, int version, NewSource spec) {
        return UseCase.run(db, caller, POWER_CONFIGURE, session -> chain.editSource(session, id, version, spec));
    }

    /** Removes a source read at {@code version}; refused while panels hang off it. */
    public void removeSource(Caller caller, long id, int version) {
        UseCase.perform(db, caller, POWER_CONFIGURE, session -> chain.removeSource(session, id, version));
    }

    public Saved editPanel(Caller caller, long id, int version, NewPanel spec) {
        return UseCase.run(db, caller, POWER_CONFIGURE, session -> chain.editPanel(session, id, version, spec));
    }

    /** Removes a panel read at {@code version}; refused while feeds leave it. */
    public void removePanel(Caller caller, long id, int version) {
        UseCase.perform(db, caller, POWER_CONFIGURE, session -> chain.removePanel(session, id, version));
    }

    public Saved editFeed(Caller caller, long id, int version, NewFeed spec) {
        return UseCase.run(db, caller, POWER_CONFIGURE, session -> chain.editFeed(session, id, version, spec));
    }

    /** Removes a feed read at {@code version}; refused while supplies are plugged into it. */
    public void removeFeed(Caller caller, long id, int version) {
        UseCase.perform(db, caller, POWER_CONFIGURE, session -> chain.removeFeed(session, id, version));
    }

    /** Unplugs one supply of a device. */
    public void unplug(Caller caller, long deviceId, int supplyIndex) {
        UseCase.perform(db, caller, POWER_CONFIGURE, session -> chain.unplug(session, deviceId, supplyIndex));
    }

    public SourceView source(Caller caller, long id) {
        return UseCase.call(caller, READ, () -> db.read(session -> ChainQueries.source(session, id)));
    }

    public List<SourceView> sources(Caller caller, long siteId) {
        return UseCase.call(caller, READ, () -> db.read(session -> ChainQueries.sources(session, siteId)));
    }

    public PanelView panel(Caller caller, long id) {
        return UseCase.call(caller, READ, () -> db.read(session -> ChainQueries.panel(session, id)));
    }

    public List<PanelView> panels(Caller caller, long siteId) {
        return UseCase.call(caller, READ, () -> db.read(session -> ChainQueries.panels(session, siteId)));
    }

    public FeedView feed(Caller caller, long id) {
        return UseCase.call(caller, READ, () -> db.read(session -> ChainQueries.feed(session, id)));
    }

    /** The site's feeds (or one cabinet's), paged and sorted in the database: cabinet, name, panel, breaker. */
    public Page<FeedView> feeds(Caller caller, long siteId, Long cabinetId, PageRequest request) {
        return UseCase.call(caller, READ, () -> db.read(session -> ChainQueries.feeds(session, siteId, cabinetId,
                request)));
    }

    /** A device's supplies, where each is plugged, and the feeds of its cabinet. */
    public DeviceSupplies deviceSupplies(Caller caller, long deviceId) {
        return UseCase.call(caller, READ, () -> db.read(session -> ChainQueries.deviceSupplies(session, deviceId)));
    }

    /** A cabinet's devices with their supplies and the cabinet's feeds: what a technician plugs in. */
    public ChainViews.CabinetSupplies cabinetSupplies(Caller caller, long cabinetId) {
        return UseCase.call(caller, READ, () -> db.read(session -> ChainQueries.cabinetSupplies(session, cabinetId)));
    }

    /**
     * Sets where supplies are plugged, in one transaction: each entry plugs the supply into the feed named at the
     * outlet named (null: none recorded), or (feed null) unplugs it. All or none.
     */
    public void connect(Caller caller, List<SupplyView> supplies) {
        UseCase.perform(db, caller, POWER_CONFIGURE, session -> {
            supplies.stream().filter(s -> s.feedId() == null)
                    .forEach(s -> chain.unplug(session, s.deviceId(), s.supplyIndex()));
            List<Plug> plugs = supplies.stream().filter(s -> s.feedId() != null)
                    .map(s -> Plug.atOutlet(s.deviceId(), s.supplyIndex(), s.feedId(), s.outlet())).toList();
            if (!plugs.isEmpty()) {
                chain.plug(session, plugs);
            }
        });
    }

    /** The site's circuit schedule or supply connections in the import's columns, headed in the locale's words. */
    public void export(Caller caller, long siteId, ChainSheet sheet, Locale locale, TableWriter out) {
        UseCase.perform(caller, READ, () -> transfer.export(siteId, sheet, locale, out));
    }

    /** Checks every row of an upload against the chain as it is; writes nothing. */
    public ChainImportReport checkImport(Caller caller, long siteId, ChainSheet sheet, Table table) {
        return UseCase.call(caller, POWER_CONFIGURE, () -> transfer.run(siteId, sheet, table, false));
    }

    /** Imports every row of an upload in one transaction, or nothing when any row is refused. */
    public ChainImportReport applyImport(Caller caller, long siteId, ChainSheet sheet, Table table) {
        return UseCase.call(caller, POWER_CONFIGURE, () -> transfer.run(siteId, sheet, table, true));
    }

    public Saved addSource(Caller caller, NewSource spec) {
        return UseCase.run(db, caller, POWER_CONFIGURE, session -> chain.addSource(session, spec));
    }

    public Saved addPanel(Caller caller, NewPanel spec) {
        return UseCase.run(db, caller, POWER_CONFIGURE, session -> chain.addPanel(session, spec));
    }

    public Saved addFeed(Caller caller, NewFeed spec) {
        return UseCase.run(db, caller, POWER_CONFIGURE, session -> chain.addFeed(session, spec));
    }

    /** How many supplies devices of the catalog model have and how many they need (4+4: 8 and 4). */
    public Saved setSupplies(Caller caller, long deviceModelId, int supplies, int needed) {
        return UseCase.run(db, caller, POWER_CONFIGURE, session -> chain.setSupplies(session, deviceModelId, supplies,
                needed));
    }

    /** How devices of the catalog model are powered (single-corded while nothing is recorded). */
    public ModelSupplies modelSupplies(Caller caller, long deviceModelId) {
        return UseCase.call(caller, READ, () -> db.read(session -> ModelSupplies.of(deviceModelId,
                ChainService.supplySpec(session, deviceModelId))));
    }

    /** Plugs several supplies in at once, all or none. */
    public List<Saved> plug(Caller caller, List<Plug> plugs) {
        return UseCase.run(db, caller, POWER_CONFIGURE, session -> chain.plug(session, plugs));
    }

    public Saved setDerate(Caller caller, long siteId, int deratePct) {
        return UseCase.run(db, caller, POWER_CONFIGURE, session -> chain.setDerate(session, siteId, deratePct));
    }

    /** Every feed of the site against its derated rating. */
    public List<FeedLoad> siteFeeds(Caller caller, long siteId) {
        return UseCase.call(caller, READ, () -> new ChainLoads(loader.site(siteId)).feeds());
    }

    /** The cabinet's feeds against their derated rating. */
    public List<FeedLoad> cabinetFeeds(Caller caller, long cabinetId) {
        return UseCase.call(caller, READ, () -> new ChainLoads(loader.cabinet(cabinetId)).feeds());
    }

    /** Every cabinet of the site with feeds: contracted power against what its feeds deliver with redundancy. */
    public List<CabinetPower> strandedPower(Caller caller, long siteId) {
        return UseCase.call(caller, READ, () -> new ChainLoads(loader.site(siteId)).cabinets());
    }

    /** What happens in the site if the source, panel or feed fails. */
    public FailoverResult failover(Caller caller, long siteId, ElementKind kind, long elementId) {
        return UseCase.call(caller, READ, () -> new FailoverAnalysis(loader.site(siteId)).fail(kind, elementId));
    }

    /** Every source, panel and feed of the site failed in turn, from one load of the chain. */
    public List<SinglePoint> singlePointsOfFailure(Caller caller, long siteId) {
        return UseCase.call(caller, READ, () -> new FailoverAnalysis(loader.site(siteId)).singlePointsOfFailure());
    }

    /** The site's sources, panels and feeds, to choose from. */
    public ChainSnapshot chain(Caller caller, long siteId) {
        return UseCase.call(caller, READ, () -> loader.site(siteId));
    }
}
