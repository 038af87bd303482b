package io.dcim.power.alarm;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cabinet.CabinetJoin;
import io.dcim.inventory.site.Site;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Alarm levels: the defaults, overridden per site and per cabinet. Every override is checked against what it
 * inherits, so the levels in force always make sense (warning below critical, a margin smaller than the level
 * it clears from).
 */
public final class ThresholdService {

    private static final BigDecimal MAX_POWER_PCT = new BigDecimal("200");
    private static final BigDecimal MIN_TEMP_C = BigDecimal.ZERO;
    private static final BigDecimal MAX_TEMP_C = new BigDecimal("60");
    private static final BigDecimal MAX_POLLS = new BigDecimal("100");
    /** A cabling fault's rank: 1 missing, 2 miswired. */
    private static final BigDecimal MAX_CABLE_RANK = new BigDecimal("2");

    private final Database db;
    private final ThresholdDefaults defaults;

    public ThresholdService(Database db, ThresholdDefaults defaults) {
        this.db = db;
        this.defaults = defaults;
    }

    public ThresholdDefaults defaults() {
        return defaults;
    }

    /** The levels in force for a kind at a site, or at a cabinet of it (cabinetId may be null). */
    public Threshold effective(AlarmKind kind, long siteId, Long cabinetId) {
        return resolver().resolve(kind, siteId, cabinetId);
    }

    /** Creates or changes the site's override of a kind; {@code expectedVersion} is null to create. */
    public ThresholdView setForSite(long siteId, AlarmKind kind, ThresholdSpec spec, Integer expectedVersion) {
        return db.inTransaction(session -> {
            Lookup.existing(session, Site.class, siteId, "site");
            ThresholdOverride o = find(session, kind, siteId, null);
            return save(session, o == null ? new ThresholdOverride(kind, siteId, null) : o, spec, expectedVersion,
                    siteId, null);
        });
    }

    /** Creates or changes a cabinet's override of a kind; {@code expectedVersion} is null to create. */
    public ThresholdView setForCabinet(long cabinetId, AlarmKind kind, ThresholdSpec spec, Integer expectedVersion) {
        return db.inTransaction(session -> {
            Cabinet cabinet = Lookup.existing(session, Cabinet.class, cabinetId, "cabinet");
            long siteId = cabinet.getRoom().getSite().getId();
            ThresholdOverride o = find(session, kind, null, cabinetId);
            return save(session, o == null ? new ThresholdOverride(kind, null, cabinetId) : o, spec, expectedVersion,
                    siteId, cabinetId);
        });
    }

    public void remove(long overrideId, int expectedVersion) {
        db.execute(session -> {
            ThresholdOverride o = Lookup.existing(session, ThresholdOverride.class, overrideId, "threshold override");
            if (o.getVersion() != expectedVersion) {
                throw new ConflictException("version", Message.of("common.version.stale",
                        Message.of("power.threshold.numbered", overrideId)));
            }
            session.remove(o);
        });
    }

    /** The overrides of a site and of its cabinets, site ones first. */
    public List<ThresholdView> overrides(long siteId) {
        return db.read(session -> {
            List<ThresholdOverride> found = session.createQuery("select o from ThresholdOverride o where o.siteId = :site"
                            + " or o.cabinetId in (" + CabinetJoin.idsInSite(":site") + ")"
                            + " order by o.cabinetId nulls first, o.kind", ThresholdOverride.class)
                    .setParameter("site", siteId).getResultList();
            Resolver resolver = resolver(session);
            List<ThresholdView> views = new ArrayList<>();
            for (ThresholdOverride o : found) {
                views.add(view(o, resolver.resolve(o.getKind(), siteId, o.getCabinetId())));
            }
            return views;
        });
    }

    /** All overrides, loaded once, to resolve the levels of many subjects (an alarm evaluation). */
    public Resolver resolver() {
        return db.read(this::resolver);
    }

    private Resolver resolver(Session session) {
        Map<String, ThresholdOverride> bySite = new HashMap<>();
        Map<String, ThresholdOverride> byCabinet = new HashMap<>();
        for (ThresholdOverride o : session.createQuery("from ThresholdOverride", ThresholdOverride.class).getResultList()) {
            if (o.getCabinetId() != null) {
                byCabinet.put(o.getCabinetId() + ":" + o.getKind(), o);
            } else {
                bySite.put(o.getSiteId() + ":" + o.getKind(), o);
            }
        }
        return new Resolver(defaults, bySite, byCabinet);
    }

    private ThresholdView save(Session session, ThresholdOverride o, ThresholdSpec spec, Integer expectedVersion,
                               long siteId, Long cabinetId) {
        Message what = cabinetId == null ? Message.of("power.threshold.siteOverride", o.getKind(), siteId)
                : Message.of("power.threshold.cabinetOverride", o.getKind(), cabinetId);
        if (o.getId() == null && expectedVersion != null) {
            // Reads "threshold override of … for site 3 version 2 does not exist".
            throw new NotFoundException(cabinetId == null
                    ? Message.of("power.threshold.siteOverrideVersion", o.getKind(), siteId)
                    : Message.of("power.threshold.cabinetOverrideVersion", o.getKind(), cabinetId), expectedVersion);
        }
        if (o.getId() != null) {
            if (expectedVersion == null) {
                throw new ConflictException("kind", Message.of("power.threshold.exists", what));
            }
            if (o.getVersion() != expectedVersion) {
                throw new ConflictException("version", Message.of("common.version.stale", what));
            }
        }
        checkRange(o.getKind(), spec);
        o.setLevels(spec);
        Resolver resolver = resolver(session).with(o);
        Threshold effective = resolver.resolve(o.getKind(), siteId, cabinetId);
        checkConsistent(effective);
        if (o.getId() == null) {
            session.persist(o);
        }
        session.flush();
        return view(o, effective);
    }

    private static ThresholdOverride find(Session session, AlarmKind kind, Long siteId, Long cabinetId) {
        String where = siteId != null ? "o.siteId = :id" : "o.cabinetId = :id";
        return session.createQuery("from ThresholdOverride o where o.kind = :kind and " + where, ThresholdOverride.class)
                .setParameter("kind", kind).setParameter("id", siteId != null ? siteId : cabinetId)
                .uniqueResult();
    }

    private static void checkRange(AlarmKind kind, ThresholdSpec spec) {
        if (spec == null) {
            throw new InvalidValueException("levels", Message.of("power.threshold.levelsRequired"));
        }
        BigDecimal min = kind == AlarmKind.INLET_TEMP ? MIN_TEMP_C : BigDecimal.ONE;
        BigDecimal max = switch (kind) {
            case CABINET_POWER, REDUNDANCY_LOST -> MAX_POWER_PCT;
            case INLET_TEMP -> MAX_TEMP_C;
            case TARGET_UNREACHABLE -> MAX_POLLS;
            case CABLE_FAULT -> MAX_CABLE_RANK;
        };
        for (var level : List.of(new Object[] {"warning", spec.warning()}, new Object[] {"critical", spec.critical()})) {
            BigDecimal value = (BigDecimal) level[1];
            if (value == null) {
                continue;
            }
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw new InvalidValueException((String) level[0], Message.of("power.threshold.between",
                        min.toPlainString(), max.toPlainString(), unit(kind), value.toPlainString()));
            }
            if (kind == AlarmKind.TARGET_UNREACHABLE && value.stripTrailingZeros().scale() > 0) {
                throw new InvalidValueException((String) level[0], Message.of("power.threshold.wholePolls",
                        value.toPlainString()));
            }
            if (value.scale() > 2) {
                throw new InvalidValueException((String) level[0], Message.of("power.threshold.twoDecimals",
                        value.toPlainString()));
            }
        }
        if (spec.clearMargin() != null && (spec.clearMargin().signum() < 0 || spec.clearMargin().scale() > 2)) {
            throw new InvalidValueException("clearMargin", Message.of("power.threshold.clearMargin",
                    spec.clearMargin().toPlainString()));
        }
    }

    private static void checkConsistent(Threshold t) {
        if (t.warning() == null && t.critical() == null) {
            return;
        }
        if (t.warning() != null && t.critical() != null && t.warning().compareTo(t.critical()) >= 0) {
            throw new InvalidValueException("warning", Message.of("power.threshold.warningBelowCritical",
                    t.critical().toPlainString(), unit(t.kind()), t.warning().toPlainString()));
        }
        BigDecimal lowest = t.warning() != null ? t.warning() : t.critical();
        if (t.clearMargin().compareTo(lowest) >= 0) {
            throw new InvalidValueException("clearMargin", Message.of("power.threshold.marginBelowLowest",
                    lowest.toPlainString(), unit(t.kind()), t.clearMargin().toPlainString()));
        }
    }

    /** The unit of a kind's levels as people read it: "polls" is a word, not a symbol. */
    private static Message unit(AlarmKind kind) {
        return switch (kind) {
            case CABINET_POWER, REDUNDANCY_LOST -> Message.of("power.threshold.unit.percent");
            case INLET_TEMP -> Message.of("power.threshold.unit.celsius");
            case TARGET_UNREACHABLE -> Message.of("power.threshold.unit.polls");
            case CABLE_FAULT -> Message.of("power.threshold.unit.rank");
        };
    }

    private static ThresholdView view(ThresholdOverride o, Threshold effective) {
        return new ThresholdView(o.getId(), o.getVersion(), o.getKind(), o.getSiteId(), o.getCabinetId(),
                o.getWarningLevel(), o.getCriticalLevel(), o.getClearMargin(), effective, o.getUpdatedAt());
    }

    /** Resolves levels field by field: cabinet override, then site override, then default. */
    public static final class Resolver {

        private final ThresholdDefaults defaults;
        private final Map<String, ThresholdOverride> bySite;
        private final Map<String, ThresholdOverride> byCabinet;

        Resolver(ThresholdDefaults defaults, Map<String, ThresholdOverride> bySite,
                 Map<String, ThresholdOverride> byCabinet) {
            this.defaults = defaults;
            this.bySite = bySite;
            this.byCabinet = byCabinet;
        }

        Resolver with(ThresholdOverride changed) {
            Map<String, ThresholdOverride> sites = new HashMap<>(bySite);
            Map<String, ThresholdOverride> cabinets = new HashMap<>(byCabinet);
            if (changed.getCabinetId() != null) {
                cabinets.put(changed.getCabinetId() + ":" + changed.getKind(), changed);
            } else {
                sites.put(changed.getSiteId() + ":" + changed.getKind(), changed);
            }
            return new Resolver(defaults, sites, cabinets);
        }

        public Threshold resolve(AlarmKind kind, long siteId, Long cabinetId) {
            Threshold base = defaults.of(kind);
            ThresholdOverride site = bySite.get(siteId + ":" + kind);
            ThresholdOverride cabinet = cabinetId == null ? null : byCabinet.get(cabinetId + ":" + kind);
            BigDecimal warning = pick(cabinet == null ? null : cabinet.getWarningLevel(),
                    site == null ? null : site.getWarningLevel(), base.warning());
            BigDecimal critical = pick(cabinet == null ? null : cabinet.getCriticalLevel(),
                    site == null ? null : site.getCriticalLevel(), base.critical());
            BigDecimal margin = pick(cabinet == null ? null : cabinet.getClearMargin(),
                    site == null ? null : site.getClearMargin(), base.clearMargin());
            ThresholdSource source = cabinet != null ? ThresholdSource.CABINET
                    : site != null ? ThresholdSource.SITE : ThresholdSource.DEFAULT;
            return new Threshold(kind, warning, critical, margin, source);
        }

        /**
         * Which level {@code value} is past for the subject, without the hysteresis an alarm keeps:
         * what a page colours a figure by, so that pages and alarms agree on the levels.
         */
        public java.util.Optional<Severity> severity(AlarmKind kind, long siteId, Long cabinetId, double value) {
            Threshold levels = resolve(kind, siteId, cabinetId);
            if (levels.critical() != null && past(kind, value, levels.critical())) {
                return java.util.Optional.of(Severity.CRITICAL);
            }
            return levels.warning() != null && past(kind, value, levels.warning())
                    ? java.util.Optional.of(Severity.WARNING) : java.util.Optional.empty();
        }

        private static boolean past(AlarmKind kind, double value, BigDecimal level) {
            int compared = BigDecimal.valueOf(value).compareTo(level);
            return kind.reachedAtLevel() ? compared >= 0 : compared > 0;
        }

        private static BigDecimal pick(BigDecimal cabinet, BigDecimal site, BigDecimal fallback) {
            return cabinet != null ? cabinet : site != null ? site : fallback;
        }
    }
}
