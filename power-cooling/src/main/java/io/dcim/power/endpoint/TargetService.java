package io.dcim.power.endpoint;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.paging.Like;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cabinet.CabinetJoin;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.RoomJoin;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteJoin;
import io.dcim.power.collect.CollectRequest;
import io.dcim.power.collect.Protocol;
import io.dcim.power.redfish.RedfishReadPlan;
import io.dcim.power.profile.DeviceProfile;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.reading.ReadingStore;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.power.snmp.SnmpVersion;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.dcim.common.text.Fields.required;

/**
 * Registers, edits and removes the SNMP agents to poll, and hands the enabled ones to the sweep as
 * {@link io.dcim.power.collect.CollectRequest}s, credentials decrypted. Every rule names the field it refuses; pages and the API only ever get
 * {@link TargetView}s, which carry no secrets.
 */
public final class TargetService {

    private static final Logger log = LoggerFactory.getLogger(TargetService.class);

    public static final int MIN_INTERVAL_S = 5;
    public static final int MAX_INTERVAL_S = 3_600;
    public static final int MIN_TIMEOUT_MS = 100;
    public static final int MAX_TIMEOUT_MS = 60_000;
    public static final int MAX_RETRIES = 5;
    public static final int MAX_BREAKER_A = 1_000;

    /** The target's site, room and cabinet, joined for their names (inventory writes its side of the joins). */
    private static final SiteJoin SITE = SiteJoin.as("s");
    private static final RoomJoin ROOM = RoomJoin.as("r");
    private static final CabinetJoin CABINET = CabinetJoin.as("c");
    private static final SortColumns SORT = new SortColumns("name", "t.id", Map.of(
            "name", "t.name",
            "host", "t.host",
            "site", SITE.name(),
            "cabinet", CABINET.naturalOrder(),
            "role", "t.role",
            "profile", "t.profileId",
            "interval", "t.intervalSeconds",
            "enabled", "t.enabled"));

    private final Database db;
    private final ProfileCatalog profiles;
    private final CredentialSealer sealer;
    private final ReadingStore readings;

    public TargetService(Database db, ProfileCatalog profiles, CredentialCipher cipher, ReadingStore readings) {
        this.db = db;
        this.profiles = profiles;
        this.sealer = new CredentialSealer(cipher);
        this.readings = readings;
    }

    public TargetView create(TargetSpec spec) {
        return db.inTransaction(session -> {
            SnmpTarget target = new SnmpTarget(site(session, spec));
            apply(session, target, spec, sealer.seal(spec.snmpVersion(), spec.credentials()));
            session.persist(target);
            session.flush(); // the view carries the creation time
            return TargetView.of(target);
        });
    }

    /** Changes a target read at {@code expectedVersion}; null credentials in the spec keep the stored ones. */
    public TargetView edit(long id, int expectedVersion, TargetSpec spec) {
        return db.inTransaction(session -> {
            SnmpTarget target = load(session, id);
            checkVersion(target, expectedVersion);
            checkProtocol(target, Protocol.SNMP);
            SealedCredentials credentials = spec.credentials() == null
                    ? keptCredentials(target.sealedCredentials(), spec.snmpVersion())
                    : sealer.seal(spec.snmpVersion(), spec.credentials());
            apply(session, target, spec, credentials);
            session.flush(); // the view carries the new version
            return TargetView.of(target);
        });
    }

    /** Removes the target with its poll status and all its readings, in one transaction. */
    public void delete(long id, int expectedVersion) {
        db.execute(session -> {
            SnmpTarget target = load(session, id);
            checkVersion(target, expectedVersion);
            readings.forgetTarget(id);
            session.remove(target);
        });
    }

    /**
     * Points targets at another address in one statement (a simulator or proxy that moved), keeping everything
     * else; each target's version goes up. Returns how many were changed.
     */
    public int moveEndpoint(java.util.Collection<Long> ids, String host, int port) {
        if (ids.isEmpty()) {
            return 0;
        }
        String checkedHost = Hosts.checkResolvable(host);
        int checkedPort = port(port);
        return db.inTransaction(session -> session.createMutationQuery("update SnmpTarget t set t.host = :host,"
                        + " t.port = :port, t.version = t.version + 1, t.updatedAt = :now where t.id in (:ids)")
                .setParameter("host", checkedHost).setParameter("port", checkedPort)
                .setParameter("now", java.time.Instant.now()).setParameterList("ids", ids).executeUpdate());
    }

    public TargetView find(long id) {
        return db.read(session -> TargetView.of(load(session, id)));
    }

    public Page<TargetView> list(TargetFilter filter, PageRequest request) {
        return db.read(session -> new PagedQuery<>(TargetView.class,
                "select new io.dcim.power.endpoint.TargetView(t.id, t.version, t.name, t.host, t.port, t.snmpVersion,"
                        + " t.v3User, t.authProtocol, t.privProtocol, t.contextName, t.profileId, t.intervalSeconds,"
                        + " t.timeoutMs, t.retries, t.enabled, t.site.id, " + SITE.name() + ", t.room.id, " + ROOM.name()
                        + ", t.cabinet.id, " + CABINET.name() + ", t.role,"
                        + " t.feed, t.breakerRatingA, t.createdAt, t.updatedAt)",
                "from SnmpTarget t" + SITE.on("t.site.id") + ROOM.leftOn("t.room.id") + CABINET.leftOn("t.cabinet.id"),
                "t.id", SORT)
                // BMCs are listed as Redfish endpoints (RedfishTargets), with what they have and SNMP agents have not.
                .where("t.protocol = :protocol", "protocol", Protocol.SNMP)
                .where("t.site.id = :site", "site", filter.siteId())
                .where("t.cabinet.id = :cabinet", "cabinet", filter.cabinetId())
                .where("t.role = :role", "role", filter.role())
                .where("t.enabled = :enabled", "enabled", filter.enabled())
                .where("(upper(t.name) like :text or upper(t.host) like :text)", "text", Like.contains(filter.text()))
                .where("exists (select p.targetId from PollState p where p.targetId = t.id and p.outcome = :ok)", "ok",
                        filter.health() == TargetFilter.Health.OK ? "OK" : null)
                .where("exists (select p.targetId from PollState p where p.targetId = t.id and p.outcome <> :notOk)",
                        "notOk", filter.health() == TargetFilter.Health.NOT_OK ? "OK" : null)
                .where("not exists (select p.targetId from PollState p where p.targetId = t.id"
                        + " and p.consecutiveFailures >= :anyFailures)", "anyFailures",
                        filter.health() == TargetFilter.Health.NEVER_POLLED ? 0 : null)
                .fetch(session, request));
    }

    /** What the collector is asked for one target, its credentials decrypted. */
    public CollectRequest collectRequest(long id) {
        return db.read(session -> {
            SnmpTarget target = load(session, id);
            return target.getProtocol() == Protocol.REDFISH ? redfishRequest(target)
                    : collectRequest(target, profiles.get(target.getProfileId()));
        });
    }

    /**
     * Every enabled target, ready to poll. A target whose profile has gone from the catalog (an admin
     * directory changed) or whose credentials cannot be decrypted (sealed with another key) is left out with a
     * warning rather than stopping the other targets' polls.
     */
    public List<ScheduledPoll> enabledPolls() {
        // A target a remote collector serves is polled there, never by the central nodes (nor leased by them).
        return polls("from SnmpTarget t where t.enabled = true and t.collectorId is null and not exists"
                + " (select c.id from RemoteCollector c where c.site.id = t.site.id and c.wholeSite = true) order by t.id", Map.of());
    }

    /**
     * Every enabled target the remote collector {@code collectorId} polls: those chosen for it, and, when it serves
     * its whole site, the site's targets not chosen for another collector. Left out as {@link #enabledPolls()} does.
     */
    public List<ScheduledPoll> collectorPolls(long collectorId) {
        return polls("from SnmpTarget t where t.enabled = true and (t.collectorId = :c or (t.collectorId is null"
                + " and exists (select c.id from RemoteCollector c where c.id = :c and c.site.id = t.site.id"
                + " and c.wholeSite = true))) order by t.id", Map.of("c", collectorId));
    }

    private List<ScheduledPoll> polls(String hql, Map<String, Object> parameters) {
        return db.read(session -> {
            var query = session.createQuery(hql, SnmpTarget.class);
            parameters.forEach(query::setParameter);
            List<SnmpTarget> enabled = query.getResultList();
            List<ScheduledPoll> polls = new ArrayList<>(enabled.size());
            for (SnmpTarget t : enabled) {
                if (t.getProtocol() == Protocol.REDFISH) {
                    try {
                        polls.add(new ScheduledPoll(t.getId(), t.getVersion(), null,
                                Duration.ofSeconds(t.getIntervalSeconds()), redfishRequest(t)));
                    } catch (RuntimeException e) {
                        log.warn("Not polling target {} ({}): {}", t.getId(), t.getName(), e.getMessage());
                    }
                    continue;
                }
                DeviceProfile profile;
                try {
                    profile = profiles.get(t.getProfileId());
                } catch (NotFoundException e) {
                    log.warn("Not polling target {} ({}): its device profile '{}' is no longer in the catalog",
                            t.getId(), t.getName(), t.getProfileId());
                    continue;
                }
                CollectRequest request;
                try {
                    request = collectRequest(t, profile);
                } catch (RuntimeException e) {
                    // Credentials sealed with another key, say: this target cannot be polled, the others can.
                    log.warn("Not polling target {} ({}): {}", t.getId(), t.getName(), e.getMessage());
                    continue;
                }
                polls.add(new ScheduledPoll(t.getId(), t.getVersion(), t.getProfileId(), Duration.ofSeconds(t.getIntervalSeconds()),
                        request));
            }
            return polls;
        });
    }

    private CollectRequest collectRequest(SnmpTarget t, DeviceProfile profile) {
        // Resolved here, at each sweep's start, so a DNS change reaches the next sweep; a name that no longer
        // resolves stays unresolved, and the collector reports it UNREACHABLE without sending anything.
        InetSocketAddress address = new InetSocketAddress(t.getHost(), t.getPort());
        return new CollectRequest(Long.toString(t.getId()), address, sealer.open(t.sealedCredentials()),
                Duration.ofMillis(t.getTimeoutMs()), t.getRetries(), profile.readPlan());
    }

    /** A BMC's poll: its account decrypted, and what to read where (system, chassis, HTTPS and trust). */
    private CollectRequest redfishRequest(SnmpTarget t) {
        InetSocketAddress address = new InetSocketAddress(t.getHost(), t.getPort());
        return new CollectRequest(Long.toString(t.getId()), address,
                sealer.openRedfish(t.getRedfishUser(), t.credentialsCiphertext()), Duration.ofMillis(t.getTimeoutMs()),
                t.getRetries(), new RedfishReadPlan(t.getSystemId(), t.getChassisId(), t.isTls(), t.isTrustSelfSigned()));
    }

    /** The sealer, for the Redfish endpoints' service beside this one. */
    CredentialSealer sealer() {
        return sealer;
    }

    private void apply(Session session, SnmpTarget target, TargetSpec spec, SealedCredentials credentials) {
        String name = required("name", spec.name(), 120);
        checkNameFree(session, name, target.getId());
        int interval = between("intervalSeconds", orDefault(spec.intervalSeconds(), SnmpTarget.DEFAULT_INTERVAL_S),
                MIN_INTERVAL_S, MAX_INTERVAL_S, " s");
        int timeout = between("timeoutMs", orDefault(spec.timeoutMs(), SnmpTarget.DEFAULT_TIMEOUT_MS),
                MIN_TIMEOUT_MS, MAX_TIMEOUT_MS, " ms");
        int retries = between("retries", orDefault(spec.retries(), SnmpTarget.DEFAULT_RETRIES), 0, MAX_RETRIES, "");
        long worstCaseMs = (long) timeout * (retries + 1);
        if (worstCaseMs >= interval * 1_000L) {
            throw new InvalidValueException("timeoutMs", Message.of("power.target.pollTooLong", retries, worstCaseMs,
                    interval));
        }
        Site site = site(session, spec);
        Room room = Lookup.referenced(session, Room.class, spec.roomId(), "roomId", "room");
        Cabinet cabinet = Lookup.referenced(session, Cabinet.class, spec.cabinetId(), "cabinetId", "cabinet");
        if (room != null && !Objects.equals(room.getSite().getId(), site.getId())) {
            throw new InvalidValueException("roomId", Message.of("power.target.roomNotInSite", room.getName(),
                    site.getName()));
        }
        if (cabinet != null) {
            if (!Objects.equals(cabinet.getRoom().getSite().getId(), site.getId())) {
                throw new InvalidValueException("cabinetId", Message.of("power.target.cabinetNotInSite",
                        cabinet.getName(), site.getName()));
            }
            if (room != null && !Objects.equals(cabinet.getRoom().getId(), room.getId())) {
                throw new InvalidValueException("cabinetId", Message.of("power.target.cabinetNotInRoom",
                        cabinet.getName(), cabinet.getRoom().getName(), room.getName()));
            }
            room = cabinet.getRoom();
        }
        if (spec.role() == null) {
            throw new InvalidValueException("role", Message.of("power.target.roleRequired", List.of(TargetRole.values())));
        }
        Integer breaker = spec.breakerRatingA() == null ? null
                : between("breakerRatingA", spec.breakerRatingA(), 1, MAX_BREAKER_A, " A");

        target.setName(name);
        target.setEndpoint(Hosts.checkResolvable(spec.host()), port(spec.port()));
        target.setCredentials(credentials);
        target.setPolling(knownProfile(spec.profileId()), interval, timeout, retries, spec.enabled());
        target.setPlace(site, room, cabinet);
        target.setPower(spec.role(), spec.feed(), breaker);
    }

    /**
     * Without new credentials the stored ones stay; a community serves v1 and v2c alike, but moving to or
     * from v3 changes what is needed, so it must come with new credentials.
     */
    private static SealedCredentials keptCredentials(SealedCredentials stored, SnmpVersion wanted) {
        if (wanted == null || wanted == stored.version()) {
            return stored;
        }
        if (wanted != SnmpVersion.V3 && stored.version() != SnmpVersion.V3) {
            return new SealedCredentials(wanted, null, null, null, null, stored.ciphertext());
        }
        throw new InvalidValueException(CredentialSealer.credentialField(wanted), Message.of("power.target.versionChange",
                stored.version(), wanted));
    }

    private String knownProfile(String profileId) {
        List<String> known = profiles.all().stream().map(DeviceProfile::id).sorted().toList();
        if (profileId == null || profileId.isBlank()) {
            throw new InvalidValueException("profileId", Message.of("power.target.profileRequired", known.toString()));
        }
        if (!known.contains(profileId.trim())) {
            throw new InvalidValueException("profileId", Message.of("power.target.unknownProfile",
                    profileId.trim(), known.toString()));
        }
        return profileId.trim();
    }

    private static Site site(Session session, TargetSpec spec) {
        if (spec.siteId() == null) {
            throw new InvalidValueException("siteId", Message.of("common.field.required"));
        }
        return Lookup.referenced(session, Site.class, spec.siteId(), "siteId", "site");
    }

    static void checkNameFree(Session session, String name, Long self) {
        Long clashes = session.createQuery("select count(t) from SnmpTarget t where upper(t.name) = upper(:n)"
                        + " and t.id <> :self", Long.class)
                .setParameter("n", name).setParameter("self", self == null ? -1L : self).getSingleResult();
        if (clashes > 0) {
            throw new ConflictException("name", Message.of("power.target.nameTaken", name));
        }
    }

    static int port(Integer port) {
        return between("port", orDefault(port, SnmpTarget.DEFAULT_PORT), 1, 65_535, "");
    }

    static int orDefault(Integer value, int defaultValue) {
        return value == null ? defaultValue : value;
    }

    static int between(String field, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, Message.of("power.target.between", min, max, unit, value));
        }
        return value;
    }

    static void checkVersion(SnmpTarget target, int expectedVersion) {
        if (target.getVersion() != expectedVersion) {
            throw new ConflictException("version", Message.of("common.version.stale",
                    Message.of("power.target.named", target.getName())));
        }
    }

    /** An endpoint is edited as what it is: an SNMP agent's fields mean nothing to a BMC, and the other way round. */
    static void checkProtocol(SnmpTarget target, Protocol expected) {
        if (target.getProtocol() != expected) {
            throw new ConflictException("protocol", Message.of("power.target.otherProtocol", target.getName(),
                    target.getProtocol(), expected));
        }
    }

    static SnmpTarget load(Session session, long id) {
        return Lookup.existing(session, SnmpTarget.class, id, "target");
    }
}
