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
import java.util.List;

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

    public ChainFacade(Database db, ChainLoader loader) {
        this.db = db;
        this.loader = loader;
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
