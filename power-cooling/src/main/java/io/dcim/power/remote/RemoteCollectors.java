package io.dcim.power.remote;

import static io.dcim.common.text.Fields.required;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.common.text.Fields;
import io.dcim.inventory.site.Site;
import io.dcim.power.collect.CollectRequest;
import io.dcim.power.collect.Collected;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.collect.Reading;
import io.dcim.power.endpoint.ScheduledPoll;
import io.dcim.power.endpoint.TargetService;
import io.dcim.power.profile.AdminProfiles;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.reading.PollStatusStore;
import io.dcim.power.reading.ReadingStore;
import io.dcim.power.reading.TargetReading;
import io.dcim.power.redfish.RedfishCredentials;
import io.dcim.power.redfish.RedfishReadPlan;
import io.dcim.power.snmp.SnmpCredentials;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * Remote site collectors on the central side: an admin's record of each (its site and targets, its token), the
 * targets it is handed with their credentials, and its pushes stored once each. Every method runs in the caller's
 * transaction ({@link CollectorFacade} opens it after the permission check).
 *
 * <p>A batch is stored in one transaction with its sequence number: the collector's row is locked, a sequence
 * already stored for the collector's stream answers "duplicate" and adds nothing, otherwise the readings not in
 * {@code reading_raw} yet, the poll outcomes and the new sequence are written together. A crash between them
 * leaves none, and the collector's replay stores the batch whole.
 */
public final class RemoteCollectors {

    /** Collector tokens start so, which tells the API's door to look them up here rather than among users' tokens. */
    public static final String TOKEN_PREFIX = "dcimc_";
    /** Twice the slowest target interval a collector usually has, plus a heartbeat: silent beyond this. */
    public static final Duration SILENT_AFTER = Duration.ofMinutes(2);
    public static final int MAX_POLLS_PER_BATCH = 20_000;
    public static final int MAX_READINGS_PER_POLL = 5_000;
    private static final int MAX_DETAIL = 500;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> BUILT_IN_PROFILES = Set.copyOf(ProfileCatalog.builtIn().all().stream()
            .map(p -> p.id()).toList());

    private final Database db;
    private final TargetService targets;
    private final AdminProfiles profiles;
    private final ReadingStore readings;
    private final PollStatusStore statuses;
    private final Clock clock;

    public RemoteCollectors(Database db, TargetService targets, AdminProfiles profiles, ReadingStore readings,
                            PollStatusStore statuses, Clock clock) {
        this.db = db;
        this.targets = targets;
        this.profiles = profiles;
        this.readings = readings;
        this.statuses = statuses;
        this.clock = clock;
    }

    // --- what admins do ---------------------------------------------------------------------------------------

    CreatedCollector create(Session session, CollectorSpec spec) {
        RemoteCollector c = new RemoteCollector(site(session, spec), clock.instant());
        String token = newToken();
        c.setToken(token.substring(0, 12), digest(token));
        apply(session, c, spec);
        session.persist(c);
        session.flush();
        assign(session, c, spec);
        return new CreatedCollector(view(session, c), token);
    }

    CollectorView edit(Session session, long id, int expectedVersion, CollectorSpec spec) {
        RemoteCollector c = load(session, id);
        checkVersion(c, expectedVersion);
        apply(session, c, spec);
        session.flush();
        assign(session, c, spec);
        return view(session, c);
    }

    /** Removes the collector: its targets go back to the central nodes at their next sweep. */
    void delete(Session session, long id, int expectedVersion) {
        RemoteCollector c = load(session, id);
        checkVersion(c, expectedVersion);
        session.createNativeMutationQuery("update snmp_target set collector_id = null where collector_id = :c")
                .setParameter("c", id).executeUpdate();
        session.remove(c);
    }

    /** A new token for the collector (the old one stops working at once), shown this once. */
    CreatedCollector newToken(Session session, long id, int expectedVersion) {
        RemoteCollector c = load(session, id);
        checkVersion(c, expectedVersion);
        String token = newToken();
        c.setToken(token.substring(0, 12), digest(token));
        session.flush();
        return new CreatedCollector(view(session, c), token);
    }

    List<CollectorView> list(Session session) {
        List<RemoteCollector> all = session.createQuery("from RemoteCollector c order by c.name",
                RemoteCollector.class).getResultList();
        List<CollectorView> views = new ArrayList<>(all.size());
        for (RemoteCollector c : all) {
            views.add(view(session, c));
        }
        return views;
    }

    CollectorView find(Session session, long id) {
        return view(session, load(session, id));
    }

    // --- what collectors do ----------------------------------------------------------------------------------

    /** The collector whose token this is; empty for any other string (no timing difference worth a lookup). */
    public Optional<CollectorIdentity> authenticate(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        String digest = digest(token);
        return db.read(session -> session.createQuery("select c.id, c.name from RemoteCollector c"
                        + " where c.tokenDigest = :d", Object[].class).setParameter("d", digest)
                .getResultStream().findFirst().map(r -> new CollectorIdentity((Long) r[0], (String) r[1])));
    }

    /** What the collector polls, credentials decrypted: for its own token only, over the API. */
    List<CollectorTarget> targets(Session session, long collectorId) {
        load(session, collectorId);
        List<ScheduledPoll> polls = targets.collectorPolls(collectorId);
        Map<Long, String> names = new HashMap<>();
        if (!polls.isEmpty()) {
            session.createQuery("select t.id, t.name from SnmpTarget t where t.id in (:ids)", Object[].class)
                    .setParameterList("ids", polls.stream().map(ScheduledPoll::targetId).toList())
                    .getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        List<CollectorTarget> out = new ArrayList<>(polls.size());
        for (ScheduledPoll p : polls) {
            out.add(wire(p, names.get(p.targetId())));
        }
        return out;
    }

    PushAnswer push(Session session, long collectorId, ReadingBatch batch) {
        String stream = stream(batch.stream());
        if (batch.sequence() < 1) {
            throw new InvalidValueException("sequence", Message.of("power.collector.sequence", batch.sequence()));
        }
        List<ReadingBatch.Poll> polls = batch.polls() == null ? List.of() : batch.polls();
        if (polls.size() > MAX_POLLS_PER_BATCH) {
            throw new InvalidValueException("polls", Message.of("power.collector.tooManyPolls", polls.size(),
                    MAX_POLLS_PER_BATCH));
        }
        // Locked: two pushes of one collector (a retry racing its first attempt) are stored one after the other.
        RemoteCollector c = session.find(RemoteCollector.class, collectorId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new io.dcim.common.error.NotFoundException(Message.noun(RemoteCollector.class, "collector"), collectorId);
        }
        Instant now = clock.instant();
        BufferState buffer = buffer(batch.buffer());
        if (stream.equals(c.streamId()) && batch.sequence() <= c.getLastSequence()) {
            contact(session, collectorId, now, buffer, null);
            return new PushAnswer(batch.sequence(), true, 0, 0, 0);
        }
        Set<Long> ofItsSite = ofSite(session, c, polls);
        List<TargetReading> read = new ArrayList<>();
        List<Collected> outcomes = new ArrayList<>();
        Instant newest = null;
        int refused = 0;
        for (int i = 0; i < polls.size(); i++) {
            ReadingBatch.Poll p = polls.get(i);
            String field = "polls[" + i + "]";
            PollOutcome outcome = outcome(field, p);
            if (p.polledAt() == null) {
                throw new InvalidValueException(field + ".polledAt", Message.of("common.field.required"));
            }
            if (!ofItsSite.contains(p.targetId())) {
                refused++;
                continue;
            }
            List<Reading> values = values(field, p);
            read.addAll(TargetReading.ofPoll(p.targetId(), p.polledAt(), values));
            outcomes.add(new Collected(Long.toString(p.targetId()), outcome, Duration.ofMillis(Math.max(0, p.latencyMs())),
                    p.polledAt(), values, detail(p.detail()), null));
            if (!values.isEmpty() && (newest == null || p.polledAt().isAfter(newest))) {
                newest = p.polledAt();
            }
        }
        int stored = readings.appendNew(read);
        statuses.recordAll(outcomes);
        session.createNativeMutationQuery("update remote_collector set stream_id = :s, last_sequence = :q,"
                        + " batches_received = batches_received + 1, readings_received = readings_received + :n"
                        + " where id = :id")
                .setParameter("s", stream).setParameter("q", batch.sequence()).setParameter("n", (long) stored)
                .setParameter("id", collectorId).executeUpdate();
        contact(session, collectorId, now, buffer, newest);
        return new PushAnswer(batch.sequence(), false, outcomes.size(), stored, refused);
    }

    void heartbeat(Session session, long collectorId, Heartbeat beat) {
        load(session, collectorId);
        String version = beat.agentVersion() == null ? null
                : Fields.optional("agentVersion", beat.agentVersion(), 60);
        contact(session, collectorId, clock.instant(), buffer(beat.buffer()), null);
        if (version != null) {
            session.createNativeMutationQuery("update remote_collector set agent_version = :v where id = :id")
                    .setParameter("v", version).setParameter("id", collectorId).executeUpdate();
        }
    }

    // --- the parts -------------------------------------------------------------------------------------------

    private void apply(Session session, RemoteCollector c, CollectorSpec spec) {
        String name = required("name", spec.name(), 120);
        Long clash = session.createQuery("select count(c) from RemoteCollector c where upper(c.name) = upper(:n)"
                + " and c.id <> :self", Long.class).setParameter("n", name)
                .setParameter("self", c.getId() == null ? -1L : c.getId()).getSingleResult();
        if (clash > 0) {
            throw new ConflictException("name", Message.of("power.collector.nameTaken", name));
        }
        Site site = site(session, spec);
        if (spec.wholeSite()) {
            Long other = session.createQuery("select count(c) from RemoteCollector c where c.site.id = :s"
                    + " and c.wholeSite = true and c.id <> :self", Long.class).setParameter("s", site.getId())
                    .setParameter("self", c.getId() == null ? -1L : c.getId()).getSingleResult();
            if (other > 0) {
                throw new ConflictException("wholeSite", Message.of("power.collector.siteServed", site.getName()));
            }
        } else if (spec.targetIds().isEmpty()) {
            throw new InvalidValueException("targetIds", Message.of("power.collector.noTargets"));
        }
        c.setName(name);
        c.setScope(site, spec.wholeSite());
    }

    /** The chosen targets name this collector, and no others do; a whole-site collector has none chosen. */
    private static void assign(Session session, RemoteCollector c, CollectorSpec spec) {
        session.createNativeMutationQuery("update snmp_target set collector_id = null where collector_id = :c")
                .setParameter("c", c.getId()).executeUpdate();
        if (spec.wholeSite() || spec.targetIds().isEmpty()) {
            return;
        }
        Set<Long> wanted = new HashSet<>(spec.targetIds());
        List<Long> inSite = session.createQuery("select t.id from SnmpTarget t where t.site.id = :s and t.id in (:ids)",
                Long.class).setParameter("s", c.getSite().getId()).setParameterList("ids", wanted).getResultList();
        for (int i = 0; i < spec.targetIds().size(); i++) {
            if (!inSite.contains(spec.targetIds().get(i))) {
                throw new InvalidValueException("targetIds[" + i + "]", Message.of("power.collector.targetNotInSite",
                        spec.targetIds().get(i), c.getSite().getName()));
            }
        }
        session.createNativeMutationQuery("update snmp_target set collector_id = :c where id in (:ids)")
                .setParameter("c", c.getId()).setParameterList("ids", wanted).executeUpdate();
    }

    private CollectorView view(Session session, RemoteCollector c) {
        List<Long> chosen = session.createQuery("select t.id from SnmpTarget t where t.collectorId = :c order by t.id",
                Long.class).setParameter("c", c.getId()).getResultList();
        Long polled = c.isWholeSite()
                ? session.createQuery("select count(t) from SnmpTarget t where t.enabled = true and t.site.id = :s"
                        + " and (t.collectorId is null or t.collectorId = :c)", Long.class)
                .setParameter("s", c.getSite().getId()).setParameter("c", c.getId()).getSingleResult()
                : session.createQuery("select count(t) from SnmpTarget t where t.enabled = true and t.collectorId = :c",
                Long.class).setParameter("c", c.getId()).getSingleResult();
        Instant now = clock.instant();
        Duration lag = c.getNewestReadingAt() == null ? null : Duration.between(c.getNewestReadingAt(), now);
        return new CollectorView(c.getId(), c.getVersion(), c.getName(), c.getSite().getId(), c.getSite().getName(),
                c.isWholeSite(), c.getTokenPrefix(), c.getCreatedAt(), health(c, now), c.getLastContactAt(),
                c.getNewestReadingAt(), lag, c.getBufferBatches(), c.getBufferBytes(), c.getDroppedBatches(),
                c.getAgentVersion(), c.getLastSequence(), c.getBatchesReceived(), c.getReadingsReceived(), chosen,
                polled.intValue());
    }

    static CollectorHealth health(RemoteCollector c, Instant now) {
        if (c.getLastContactAt() == null) {
            return CollectorHealth.NEVER_SEEN;
        }
        if (c.getLastContactAt().plus(SILENT_AFTER).isBefore(now)) {
            return CollectorHealth.SILENT;
        }
        return c.getBufferBatches() > 0 ? CollectorHealth.CATCHING_UP : CollectorHealth.OK;
    }

    private static void contact(Session session, long id, Instant now, BufferState buffer, Instant newest) {
        session.createNativeMutationQuery("update remote_collector set last_contact_at = :now, buffer_batches = :b,"
                        + " buffer_bytes = :bytes, dropped_batches = :d,"
                        + " newest_reading_at = case when :hasNewest = 1 and (newest_reading_at is null"
                        + " or newest_reading_at < :newest) then :newest else newest_reading_at end where id = :id")
                .setParameter("now", at(now)).setParameter("b", buffer.batches()).setParameter("bytes", buffer.bytes())
                .setParameter("d", buffer.dropped()).setParameter("hasNewest", newest == null ? 0 : 1)
                .setParameter("newest", at(newest == null ? now : newest)).setParameter("id", id).executeUpdate();
    }

    private static Set<Long> ofSite(Session session, RemoteCollector c, List<ReadingBatch.Poll> polls) {
        Set<Long> asked = new HashSet<>();
        polls.forEach(p -> asked.add(p.targetId()));
        if (asked.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(session.createQuery("select t.id from SnmpTarget t where t.site.id = :s and t.id in (:ids)",
                Long.class).setParameter("s", c.getSite().getId()).setParameterList("ids", asked).getResultList());
    }

    private static PollOutcome outcome(String field, ReadingBatch.Poll p) {
        try {
            return PollOutcome.valueOf(String.valueOf(p.outcome()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field + ".outcome", Message.of("power.collector.outcome",
                    Fields.excerpt(String.valueOf(p.outcome())), List.of(PollOutcome.values()).toString()));
        }
    }

    private static List<Reading> values(String field, ReadingBatch.Poll p) {
        List<ReadingBatch.Value> values = p.readings() == null ? List.of() : p.readings();
        if (values.size() > MAX_READINGS_PER_POLL) {
            throw new InvalidValueException(field + ".readings", Message.of("power.collector.tooManyReadings",
                    values.size(), MAX_READINGS_PER_POLL));
        }
        List<Reading> out = new ArrayList<>(values.size());
        for (int j = 0; j < values.size(); j++) {
            ReadingBatch.Value v = values.get(j);
            String at = field + ".readings[" + j + "]";
            if (v.value() == null) {
                throw new InvalidValueException(at + ".value", Message.of("common.field.required"));
            }
            out.add(new Reading(required(at + ".metric", v.metric(), TargetReading.MAX_METRIC_LENGTH),
                    v.instance() == null ? "" : Fields.refuseControlCharacters(at + ".instance", v.instance(), false),
                    v.value(), v.unit() == null ? "" : Fields.refuseControlCharacters(at + ".unit", v.unit(), false)));
        }
        return out;
    }

    private static String detail(String detail) {
        if (detail == null || detail.isBlank()) {
            return null;
        }
        String clean = detail.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= MAX_DETAIL ? clean : clean.substring(0, MAX_DETAIL);
    }

    private static String stream(String stream) {
        String s = required("stream", stream, 64);
        if (!s.matches("[A-Za-z0-9-]+")) {
            throw new InvalidValueException("stream", Message.of("power.collector.stream", Fields.excerpt(s)));
        }
        return s;
    }

    private static BufferState buffer(BufferState state) {
        if (state == null) {
            return BufferState.EMPTY;
        }
        if (state.batches() < 0 || state.bytes() < 0 || state.dropped() < 0) {
            throw new InvalidValueException("buffer", Message.of("power.collector.negative"));
        }
        return state;
    }

    /** A scheduled poll as its collector receives it: the request's own credentials and plan, on the wire. */
    private CollectorTarget wire(ScheduledPoll p, String name) {
        CollectRequest r = p.request();
        CollectorTarget.Snmp snmp = null;
        CollectorTarget.Redfish redfish = null;
        if (r.credentials() instanceof SnmpCredentials.Community community) {
            snmp = new CollectorTarget.Snmp(community.version().name(), community.community().reveal(), null, null, null,
                    null, null, null, p.profileId(), profileDocument(p.profileId()));
        } else if (r.credentials() instanceof SnmpCredentials.Usm usm) {
            snmp = new CollectorTarget.Snmp("V3", null, usm.user(), usm.auth().name(),
                    usm.authPassphrase() == null ? null : usm.authPassphrase().reveal(), usm.priv().name(),
                    usm.privPassphrase() == null ? null : usm.privPassphrase().reveal(), usm.contextName(),
                    p.profileId(), profileDocument(p.profileId()));
        } else if (r.credentials() instanceof RedfishCredentials account && r.plan() instanceof RedfishReadPlan plan) {
            redfish = new CollectorTarget.Redfish(account.user(), account.password().reveal(), plan.systemId(),
                    plan.chassisId(), plan.tls(), plan.trustSelfSigned());
        }
        return new CollectorTarget(p.targetId(), p.version(), name, r.protocol().name(), r.address().getHostString(),
                r.address().getPort(), (int) p.interval().toSeconds(), (int) r.timeout().toMillis(), r.retries(),
                snmp, redfish);
    }

    /** Null for a profile the collector's jar ships; the document as an admin added it otherwise. */
    private String profileDocument(String profileId) {
        if (profileId == null || BUILT_IN_PROFILES.contains(profileId)) {
            return null;
        }
        try {
            return profiles.body(profileId);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Site site(Session session, CollectorSpec spec) {
        return Lookup.required(session, Site.class, spec.siteId(), "siteId", "site");
    }

    private static RemoteCollector load(Session session, long id) {
        return Lookup.existing(session, RemoteCollector.class, id, "collector");
    }

    private static void checkVersion(RemoteCollector c, int expected) {
        if (c.getVersion() != expected) {
            throw new ConflictException("version", Message.of("common.version.stale",
                    Message.of("power.collector.named", c.getName())));
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
