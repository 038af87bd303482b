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

    public Saved addSource(Session session, NewSource spec) {
        if (SiteDirectory.find(session, spec.siteId()).isEmpty()) {
            throw missing("siteId", Message.noun(Site.class, "site"), spec.siteId());
        }
        required("kind", spec.kind());
        if (spec.capacityW() <= 0) {
            throw new InvalidValueException("capacityW", Message.of("power.field.positiveWas", spec.capacityW()));
        }
        PowerSource source = new PowerSource(spec.siteId());
        source.describe(name(spec.name()), spec.kind(), spec.capacityW());
        unique(session, "select count(s) from PowerSource s where s.siteId = :owner and s.name = :name",
                spec.siteId(), source.getName());
        session.persist(source);
        return saved(session, source.getId(), source.getVersion());
    }

    public Saved addPanel(Session session, NewPanel spec) {
        PowerSource source = Lookup.referenced(session, PowerSource.class, spec.sourceId(), "sourceId", "source");
        phases(spec.phases());
        between("voltageV", spec.voltageV(), 1, MAX_VOLTS);
        between("ratingA", spec.ratingA(), 1, MAX_AMPS);
        PowerPanel panel = new PowerPanel(source);
        panel.describe(name(spec.name()), spec.phases(), spec.voltageV(), spec.ratingA());
        unique(session, "select count(p) from PowerPanel p where p.source.id = :owner and p.name = :name",
                source.getId(), panel.getName());
        session.persist(panel);
        return saved(session, panel.getId(), panel.getVersion());
    }

    public Saved addFeed(Session session, NewFeed spec) {
        PowerPanel panel = Lookup.referenced(session, PowerPanel.class, spec.panelId(), "panelId", "panel");
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
        long feeds = session.createQuery("select count(f) from PowerFeed f where f.cabinetId = :c", Long.class)
                .setParameter("c", spec.cabinetId()).getSingleResult();
        if (feeds >= MAX_FEEDS_PER_CABINET) {
            throw new InvalidValueException("cabinetId", Message.of("power.chain.tooManyFeeds", cabinet.name(),
                    MAX_FEEDS_PER_CABINET));
        }
        pdu(session, spec);
        PowerFeed feed = new PowerFeed(panel, spec.cabinetId());
        feed.describe(name(spec.name()), spec.side(), spec.phases(), spec.voltageV(), spec.breakerRatingA(),
                spec.pduTargetId());
        unique(session, "select count(f) from PowerFeed f where f.panel.id = :owner and f.name = :name",
                panel.getId(), feed.getName());
        session.persist(feed);
        return saved(session, feed.getId(), feed.getVersion());
    }

    private static void pdu(Session session, NewFeed spec) {
        if (spec.pduTargetId() == null) {
            return;
        }
        SnmpTarget target = Lookup.referenced(session, SnmpTarget.class, spec.pduTargetId(), "pduTargetId", "target");
        if (target.getRole() != TargetRole.PDU
                || target.getCabinet() != null && target.getCabinet().getId() != spec.cabinetId()) {
            throw new InvalidValueException("pduTargetId", Message.of("power.chain.notThisCabinetsPdu",
                    target.getName()));
        }
        long taken = session.createQuery("select count(f) from PowerFeed f where f.pduTargetId = :t", Long.class)
                .setParameter("t", spec.pduTargetId()).getSingleResult();
        if (taken > 0) {
            throw new ConflictException("pduTargetId", Message.of("power.chain.pduTaken", target.getName()));
        }
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
        return saved(session, spec.getId(), spec.getVersion());
    }

    /**
     * Plugs devices' supplies into feeds of their cabinets, moving those plugged elsewhere: a whole site's worth in
     * a few queries per thousand plugs (devices, feeds and existing plugs are loaded up front).
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
                added.plugInto(feed);
                session.persist(added);
                return added;
            });
            supply.plugInto(feed);
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
        return saved(session, siteId, setting.getVersion());
    }

    static SupplySpec supplySpec(Session session, long deviceModelId) {
        return session.createQuery("from SupplySpec s where s.deviceModelId = :m", SupplySpec.class)
                .setParameter("m", deviceModelId).getResultStream().findFirst().orElse(null);
    }

    private static Saved saved(Session session, long id, int version) {
        session.flush();
        return new Saved(id, version);
    }

    private static void unique(Session session, String countQuery, long owner, String name) {
        long found = session.createQuery(countQuery, Long.class).setParameter("owner", owner)
                .setParameter("name", name).getSingleResult();
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
