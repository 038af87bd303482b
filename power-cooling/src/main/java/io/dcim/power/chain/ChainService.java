package io.dcim.power.chain;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cabinet.CabinetDirectory;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.catalog.ModelDirectory;
import io.dcim.inventory.device.DeviceDirectory;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteDirectory;
import io.dcim.power.chain.ChainSpecs.NewFeed;
import io.dcim.power.chain.ChainSpecs.NewPanel;
import io.dcim.power.chain.ChainSpecs.NewSource;
import io.dcim.power.chain.ChainSpecs.Plug;
import io.dcim.power.chain.ChainSpecs.Saved;
import io.dcim.power.endpoint.SnmpTarget;
import io.dcim.power.endpoint.TargetRole;
import io.dcim.common.persistence.Chunks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * The chain's rules for what may be recorded: names, phases, voltages and ratings in range, a feed's cabinet in
 * its panel's site and at most {@value #MAX_FEEDS_PER_CABINET} feeds a cabinet, a feed's PDU a PDU of that cabinet
 * metering no other feed, a device's supply within its model's count and plugged into a feed of its own cabinet.
 * Every method runs in the caller's transaction: {@link ChainFacade}'s, or the demo seeding's.
 */
public final class ChainService {

    static final int MAX_FEEDS_PER_CABINET = 6;
    private static final int MAX_NAME = 120;
    private static final int MAX_VOLTS = 1_000;
    private static final int MAX_AMPS = 6_300;
    /** Outlets of the largest rack PDUs (a 3-phase 0U PDU has up to 54; daisy chains number on). */
    static final int MAX_OUTLET = 96;

    public Saved addSource(Session session, NewSource spec) {
        if (SiteDirectory.find(session, spec.siteId()).isEmpty()) {
            throw missing("siteId", Message.noun(Site.class, "site"), spec.siteId());
        }
        PowerSource source = new PowerSource(spec.siteId());
        describe(session, source, spec);
        return persisted(session, source);
    }

    /** Changes a source read at {@code version}: its name, kind and capacity (its site stays). */
    public Saved editSource(Session session, long id, int version, NewSource spec) {
        PowerSource source = atVersion(session, PowerSource.class, "power source", id, version);
        describe(session, source, spec);
        return saved(session, source);
    }

    /** Removes a source read at {@code version}; refused while panels hang off it (remove or move them first). */
    public void removeSource(Session session, long id, int version) {
        PowerSource source = atVersion(session, PowerSource.class, "power source", id, version);
        long panels = session.createQuery("select count(p) from PowerPanel p where p.source.id = :s", Long.class)
                .setParameter("s", id).getSingleResult();
        removeUnlessUsed(session, source, panels, "power.chain.sourceHasPanels", source.getName());
    }

    private void describe(Session session, PowerSource source, NewSource spec) {
        required("kind", spec.kind());
        if (spec.capacityW() <= 0) {
            throw new InvalidValueException("capacityW", Message.of("power.field.positiveWas", spec.capacityW()));
        }
        String name = name(spec.name());
        unique(session, "select count(s) from PowerSource s where s.siteId = :owner and s.name = :name"
                + " and s.id <> :self",
                source.getSiteId(), name, source.getId());
        source.describe(name, spec.kind(), spec.capacityW());
    }

    public Saved addPanel(Session session, NewPanel spec) {
        PowerSource source = source(session, spec);
        PowerPanel panel = new PowerPanel(source);
        describe(session, panel, source, spec);
        return persisted(session, panel);
    }

    /**
     * Changes a panel read at {@code version}: name, phases, voltage, rating, and the source feeding it (one of the
     * same site: a panel moved to the other UPS). Its feeds may not have more phases than it has.
     */
    public Saved editPanel(Session session, long id, int version, NewPanel spec) {
        PowerPanel panel = atVersion(session, PowerPanel.class, "panel", id, version);
        PowerSource source = source(session, spec);
        if (source.getSiteId() != panel.getSource().getSiteId()) {
            throw new InvalidValueException("sourceId", Message.of("power.chain.otherSite", source.getName()));
        }
        Integer widest = session.createQuery("select max(f.phases) from PowerFeed f where f.panel.id = :p",
                Integer.class).setParameter("p", id).getSingleResult();
        if (widest != null && spec.phases() < widest) {
            throw new InvalidValueException("phases", Message.of("power.chain.feedsNeedPhases", widest));
        }
        describe(session, panel, source, spec);
        return saved(session, panel);
    }

    /** Removes a panel read at {@code version}; refused while feeds leave it. */
    public void removePanel(Session session, long id, int version) {
        PowerPanel panel = atVersion(session, PowerPanel.class, "panel", id, version);
        long feeds = session.createQuery("select count(f) from PowerFeed f where f.panel.id = :p", Long.class)
                .setParameter("p", id).getSingleResult();
        removeUnlessUsed(session, panel, feeds, "power.chain.panelHasFeeds", panel.getName());
    }

    /** The source feeding the panel {@code spec} describes. */
    private static PowerSource source(Session session, NewPanel spec) {
        return Lookup.referenced(session, PowerSource.class, spec.sourceId(), "sourceId", "source");
    }

    private void describe(Session session, PowerPanel panel, PowerSource source, NewPanel spec) {
        phases(spec.phases());
        between("voltageV", spec.voltageV(), 1, MAX_VOLTS);
        between("ratingA", spec.ratingA(), 1, MAX_AMPS);
        String name = name(spec.name());
        unique(session, "select count(p) from PowerPanel p where p.source.id = :owner and p.name = :name"
                + " and p.id <> :self",
                source.getId(), name, panel.getId());
        panel.describe(source, name, spec.phases(), spec.voltageV(), spec.ratingA());
    }

    public Saved addFeed(Session session, NewFeed spec) {
        PowerPanel panel = panel(session, spec);
        PowerFeed feed = new PowerFeed(panel, spec.cabinetId());
        describe(session, feed, panel, spec);
        return persisted(session, feed);
    }

    /**
     * Changes a feed read at {@code version}: every field, its panel (one of the same site) and cabinet included.
     * Supplies plugged into it stay plugged; moving it to another cabinet is refused while any are.
     */
    public Saved editFeed(Session session, long id, int version, NewFeed spec) {
        PowerFeed feed = atVersion(session, PowerFeed.class, "feed", id, version);
        PowerPanel panel = panel(session, spec);
        if (feed.getCabinetId() != spec.cabinetId() && pluggedInto(session, id) > 0) {
            throw new ConflictException("cabinetId", Message.of("power.chain.feedHasSupplies", feed.getName(),
                    pluggedInto(session, id)));
        }
        describe(session, feed, panel, spec);
        return saved(session, feed);
    }

    /** Removes a feed read at {@code version}; refused while supplies are plugged into it (unplug or move them). */
    public void removeFeed(Session session, long id, int version) {
        PowerFeed feed = atVersion(session, PowerFeed.class, "feed", id, version);
        removeUnlessUsed(session, feed, pluggedInto(session, id), "power.chain.feedHasSupplies", feed.getName());
    }

    /** Unplugs supply {@code supplyIndex} of the device (nothing happens when it is not plugged in). */
    public void unplug(Session session, long deviceId, int supplyIndex) {
        session.createQuery("from DeviceSupply s where s.deviceId = :d and s.supplyIndex = :i", DeviceSupply.class)
                .setParameter("d", deviceId).setParameter("i", supplyIndex).getResultStream().findFirst()
                .ifPresent(session::remove);
        session.flush();
    }

    private static long pluggedInto(Session session, long feedId) {
        return session.createQuery("select count(s) from DeviceSupply s where s.feed.id = :f", Long.class)
                .setParameter("f", feedId).getSingleResult();
    }

    /** The panel the feed {@code spec} describes leaves from. */
    private static PowerPanel panel(Session session, NewFeed spec) {
        return Lookup.referenced(session, PowerPanel.class, spec.panelId(), "panelId", "panel");
    }

    private void describe(Session session, PowerFeed feed, PowerPanel panel, NewFeed spec) {
        CabinetDirectory.Placement cabinet = CabinetDirectory.byId(session, spec.cabinetId()).stream().findFirst()
                .orElseThrow(() -> missing("cabinetId", Message.noun(Cabinet.class, "cabinet"), spec.cabinetId()));
        if (cabinet.siteId() != panel.getSource().getSiteId()) {
            throw new InvalidValueException("cabinetId", Message.of("power.chain.cabinetNotInSite", cabinet.name(),
                    panel.getName()));
        }
        required("side", spec.side());
        phases(spec.phases());
        if (spec.phases() > panel.getPhases()) {
            throw new InvalidValueException("phases", Message.of("power.chain.morePhasesThanPanel", spec.phases(),
                    panel.getName(), panel.getPhases()));
        }
        between("voltageV", spec.voltageV(), 1, MAX_VOLTS);
        between("breakerRatingA", spec.breakerRatingA(), 1, MAX_AMPS);
        long feeds = session.createQuery("select count(f) from PowerFeed f where f.cabinetId = :c and f.id <> :self",
                        Long.class).setParameter("c", spec.cabinetId()).setParameter("self", self(feed.getId()))
                .getSingleResult();
        if (feeds >= MAX_FEEDS_PER_CABINET) {
            throw new InvalidValueException("cabinetId", Message.of("power.chain.tooManyFeeds", cabinet.name(),
                    MAX_FEEDS_PER_CABINET));
        }
        pdu(session, spec, feed.getId());
        String name = name(spec.name());
        unique(session, "select count(f) from PowerFeed f where f.panel.id = :owner and f.name = :name"
                + " and f.id <> :self",
                panel.getId(), name, feed.getId());
        feed.describe(panel, spec.cabinetId(), name, spec.side(), spec.phases(), spec.voltageV(),
                spec.breakerRatingA(), spec.pduTargetId());
    }

    private static void pdu(Session session, NewFeed spec, Long self) {
        if (spec.pduTargetId() == null) {
            return;
        }
        SnmpTarget target = Lookup.referenced(session, SnmpTarget.class, spec.pduTargetId(), "pduTargetId", "target");
        if (target.getRole() != TargetRole.PDU
                || target.getCabinet() != null && target.getCabinet().getId() != spec.cabinetId()) {
            throw new InvalidValueException("pduTargetId", Message.of("power.chain.notThisCabinetsPdu",
                    target.getName()));
        }
        long taken = session.createQuery("select count(f) from PowerFeed f where f.pduTargetId = :t and f.id <> :self",
                        Long.class).setParameter("t", spec.pduTargetId()).setParameter("self", self(self))
                .getSingleResult();
        if (taken > 0) {
            throw new ConflictException("pduTargetId", Message.of("power.chain.pduTaken", target.getName()));
        }
    }

    /** An id no row has, for "other than this one" when this one is not stored yet. */
    private static long self(Long id) {
        return id == null ? -1L : id;
    }

    /** Records how a catalog model is powered, replacing what was recorded. */
    public Saved setSupplies(Session session, long deviceModelId, int supplies, int needed) {
        if (!ModelDirectory.gpuSlots(session, List.of(deviceModelId)).containsKey(deviceModelId)) {
            throw missing("deviceModelId", Message.noun(DeviceModel.class, "device model"), deviceModelId);
        }
        between("supplies", supplies, 1, 16);
        between("needed", needed, 1, supplies);
        SupplySpec spec = supplySpec(session, deviceModelId);
        if (spec == null) {
            spec = new SupplySpec(deviceModelId);
            spec.set(supplies, needed);
            session.persist(spec);
        } else {
            spec.set(supplies, needed);
        }
        return saved(session, spec);
    }

    /**
     * Plugs devices' supplies into feeds of their cabinets, at an outlet of the feed's PDU when one is named, moving
     * those plugged elsewhere: a whole site's worth in a few queries per thousand plugs (devices, feeds and existing
     * plugs are loaded up front).
     */
    public List<Saved> plug(Session session, List<Plug> plugs) {
        Set<Long> deviceIds = new HashSet<>();
        Set<Long> feedIds = new HashSet<>();
        plugs.forEach(p -> {
            deviceIds.add(p.deviceId());
            feedIds.add(p.feedId());
        });
        Map<Long, DeviceDirectory.Powered> devices = DeviceDirectory.powered(session, deviceIds);
        Map<Long, Integer> supplies = new HashMap<>();
        session.createQuery("select s.deviceModelId, s.supplies from SupplySpec s", Object[].class).getResultList()
                .forEach(r -> supplies.put((Long) r[0], (Integer) r[1]));
        Map<Long, PowerFeed> feeds = new HashMap<>();
        Map<String, DeviceSupply> plugged = new HashMap<>();
        for (List<Long> chunk : Chunks.of(feedIds)) {
            session.createQuery("from PowerFeed f where f.id in (:ids)", PowerFeed.class).setParameter("ids", chunk)
                    .getResultList().forEach(f -> feeds.put(f.getId(), f));
        }
        for (List<Long> chunk : Chunks.of(deviceIds)) {
            session.createQuery("from DeviceSupply s where s.deviceId in (:ids)", DeviceSupply.class)
                    .setParameter("ids", chunk).getResultList()
                    .forEach(s -> plugged.put(s.getDeviceId() + ":" + s.getSupplyIndex(), s));
        }
        List<DeviceSupply> written = new ArrayList<>(plugs.size());
        for (Plug plug : plugs) {
            DeviceDirectory.Powered device = devices.get(plug.deviceId());
            if (device == null) {
                throw new InvalidValueException("deviceId", Message.of("power.chain.deviceNotInCabinet",
                        plug.deviceId()));
            }
            between("supplyIndex", plug.supplyIndex(), 1, supplies.getOrDefault(device.modelId(), 1));
            checkOutlet(plug.outlet());
            PowerFeed feed = feeds.get(plug.feedId());
            if (feed == null) {
                throw missing("feedId", Message.noun(PowerFeed.class, "feed"), plug.feedId());
            }
            if (feed.getCabinetId() != device.cabinetId()) {
                throw new InvalidValueException("feedId", Message.of("power.chain.feedNotInCabinet", feed.getName(),
                        device.label()));
            }
            DeviceSupply supply = plugged.computeIfAbsent(plug.deviceId() + ":" + plug.supplyIndex(), k -> {
                DeviceSupply added = new DeviceSupply(plug.deviceId(), plug.supplyIndex());
                added.plugInto(feed, plug.outlet());
                session.persist(added);
                return added;
            });
            // An outlet not stated (the API's field left out) stays recorded while the supply stays on the same
            // feed; moved to another feed, it is forgotten. The console's page and the supplies sheet state it.
            Integer outlet = plug.outletStated() ? plug.outlet()
                    : supply.getFeed().getId().equals(feed.getId()) ? supply.getOutlet() : null;
            supply.plugInto(feed, outlet);
            written.add(supply);
        }
        session.flush();
        return written.stream().map(s -> new Saved(s.getId(), s.getVersion())).toList();
    }

    /** Sets the share of a breaker's rating the site's continuous loads are held to. */
    public Saved setDerate(Session session, long siteId, int deratePct) {
        if (SiteDirectory.find(session, siteId).isEmpty()) {
            throw missing("siteId", Message.noun(Site.class, "site"), siteId);
        }
        between("deratePct", deratePct, 50, 100);
        ChainSetting setting = session.find(ChainSetting.class, siteId);
        if (setting == null) {
            setting = new ChainSetting(siteId);
            setting.setDeratePct(deratePct);
            session.persist(setting);
        } else {
            setting.setDeratePct(deratePct);
        }
        return saved(session, setting);
    }

    static SupplySpec supplySpec(Session session, long deviceModelId) {
        return session.createQuery("from SupplySpec s where s.deviceModelId = :m", SupplySpec.class)
                .setParameter("m", deviceModelId).getResultStream().findFirst().orElse(null);
    }

    /** A part added: stored, and answered with its id and first version. */
    private static Saved persisted(Session session, ChainPart part) {
        session.persist(part);
        return saved(session, part);
    }

    /** Flushed first: an edit's version goes up at the flush, and the caller's next edit must name the new one. */
    private static Saved saved(Session session, ChainPart part) {
        session.flush();
        return new Saved(part.getId(), part.getVersion());
    }

    private static Saved saved(Session session, ChainSetting setting) {
        session.flush();
        return new Saved(setting.getSiteId(), setting.getVersion());
    }

    /** The part as it is, refused unless it is still at the version the caller read. */
    private static <T extends ChainPart> T atVersion(Session session, Class<T> type, String noun, long id,
                                                     int version) {
        T part = Lookup.existing(session, type, id, noun);
        Lookup.checkVersion(part.getVersion(), version, Message.noun(type, noun));
        return part;
    }

    /**
     * Removes the part unless something hangs off it: then refused with the sentence {@code refusalKey} (its
     * arguments the part's name and how many hang off it) saying what to remove or move first.
     */
    private static void removeUnlessUsed(Session session, ChainPart part, long dependents, String refusalKey,
                                         String name) {
        if (dependents > 0) {
            throw new ConflictException("id", Message.of(refusalKey, name, dependents));
        }
        session.remove(part);
        session.flush();
    }

    private static void unique(Session session, String countQuery, long owner, String name, Long self) {
        long found = session.createQuery(countQuery, Long.class).setParameter("owner", owner)
                .setParameter("name", name).setParameter("self", self(self)).getSingleResult();
        if (found > 0) {
            throw new ConflictException("name", Message.of("power.chain.nameTaken", name));
        }
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", Message.of("power.field.notEmpty"));
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_NAME) {
            throw new InvalidValueException("name", Message.of("power.chain.nameTooLong", MAX_NAME));
        }
        return trimmed;
    }

    private static void phases(int phases) {
        if (phases != 1 && phases != 3) {
            throw new InvalidValueException("phases", Message.of("power.chain.phases", phases));
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, Message.of("common.field.required"));
        }
    }

    /** Refuses an outlet a PDU cannot have (field {@code outlet}); none (null) is fine. */
    public static void checkOutlet(Integer outlet) {
        if (outlet != null) {
            between("outlet", outlet, 1, MAX_OUTLET);
        }
    }

    private static void between(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, Message.of("power.chain.between", min, max, value));
        }
    }

    private static InvalidValueException missing(String field, Message what, long id) {
        return new InvalidValueException(field, Message.of("common.lookup.missingReference", what,
                String.valueOf(id)));
    }
}
