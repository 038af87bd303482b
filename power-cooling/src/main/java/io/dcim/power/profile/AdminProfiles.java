package io.dcim.power.profile;

import io.dcim.common.audit.Actor;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.persistence.Database;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Device profiles admins add in the console: validated like the shipped ones (every error names the line or the
 * field), stored as the file given (table {@code snmp_profile}) and registered in the {@link ProfileCatalog}, so
 * targets can use them and the poller picks them by sysObjectID or model from the next sweep on. Stored profiles
 * are registered again at start-up ({@link #registerStored()}).
 */
public final class AdminProfiles {

    private static final Logger log = LoggerFactory.getLogger(AdminProfiles.class);
    /** The column's size: a profile is a page of JSON, not a MIB dump. */
    public static final int MAX_CHARS = 262_144;

    private final Database db;
    private final ProfileCatalog catalog;
    private final Clock clock;
    /** The stored profiles this node has registered, with when each was stored: what {@link #syncStored} compares. */
    private final Map<String, Instant> registered = new java.util.concurrent.ConcurrentHashMap<>();

    public AdminProfiles(Database db, ProfileCatalog catalog, Clock clock) {
        this.db = db;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Every profile the poller knows, shipped first, then by id. */
    public List<ProfileView> list() {
        Map<String, Stored> stored = new HashMap<>();
        storedRows().forEach(s -> stored.put(s.id(), s));
        Map<String, Long> uses = db.read(session -> {
            Map<String, Long> counts = new HashMap<>();
            session.createQuery("select t.profileId, count(t) from SnmpTarget t group by t.profileId", Object[].class)
                    .getResultList().forEach(r -> counts.put((String) r[0], (Long) r[1]));
            return counts;
        });
        return catalog.all().stream().map(p -> {
            Stored s = stored.get(p.id());
            return new ProfileView(p.id(), p.description(), p.source(), p.sysObjectIdPrefixes(), p.models(),
                    p.scalars().size() + p.columns().size() + p.sensorTables().size(), catalog.isFixed(p.id()),
                    uses.getOrDefault(p.id(), 0L), s == null ? null : s.fileName(), s == null ? null : s.addedBy(),
                    s == null ? null : s.addedAt());
        }).sorted(Comparator.comparing((ProfileView v) -> !v.shipped()).thenComparing(ProfileView::id)).toList();
    }

    /**
     * Validates a profile file and stores it, replacing an earlier one of the same id that an admin added; the
     * poller uses it from the next sweep. Nothing is stored when the file is refused.
     *
     * @throws InvalidValueException naming the file and the line (JSON syntax) or the field (e.g.
     *                               {@code mine.json#scalars[2].oid}) that is wrong
     * @throws ConflictException     for the id of a shipped profile
     */
    public DeviceProfile add(String fileName, String body) {
        String name = fileName == null || fileName.isBlank() ? "pasted profile" : fileName.trim();
        if (body == null || body.isBlank()) {
            throw new InvalidValueException("body", Message.of("power.profile.bodyEmpty"));
        }
        if (body.length() > MAX_CHARS) {
            throw new InvalidValueException("body", Message.of("power.profile.bodyTooLong", body.length(),
                    MAX_CHARS));
        }
        DeviceProfile profile = parse(name, body);
        if (catalog.isFixed(profile.id())) {
            throw new ConflictException("id", Message.of("power.profile.shipped", profile.id()));
        }
        String addedBy = Actor.current();
        // As the column keeps it, so that syncStored finds it unchanged.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        db.execute(session -> {
            session.createNativeMutationQuery("delete from snmp_profile where id = :id").setParameter("id", profile.id())
                    .executeUpdate();
            session.createNativeMutationQuery("insert into snmp_profile (id, file_name, body, added_by, added_at)"
                            + " values (:id, :file, :body, :by, :at)")
                    .setParameter("id", profile.id()).setParameter("file", truncate(name, 200))
                    .setParameter("body", body).setParameter("by", truncate(addedBy, 100))
                    .setParameter("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
        });
        catalog.register(profile);
        registered.put(profile.id(), now);
        log.info("Device profile {} added by {} from {}", profile.id(), addedBy, name);
        return profile;
    }

    /** Removes a profile an admin added, unless a target still polls with it. */
    public void remove(String id) {
        if (catalog.isFixed(id)) {
            throw new ConflictException("id", Message.of("power.profile.shippedNotRemovable", id));
        }
        db.execute(session -> {
            Long users = session.createQuery("select count(t) from SnmpTarget t where t.profileId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            if (users > 0) {
                throw new ConflictException("id", Message.of("power.profile.inUse", users, id));
            }
            int deleted = session.createNativeMutationQuery("delete from snmp_profile where id = :id")
                    .setParameter("id", id).executeUpdate();
            if (deleted == 0) {
                throw new NotFoundException(DeviceProfile.NOUN, id);
            }
        });
        catalog.unregister(id);
        registered.remove(id);
    }

    /**
     * Registers every stored profile in the catalog; one that no longer parses (a newer version's stricter rules)
     * is logged and skipped, so the others still load.
     *
     * @return how many were registered
     */
    public int registerStored() {
        int registered = 0;
        for (Stored s : storedRows()) {
            try {
                catalog.register(parse(s.fileName(), s.body()));
                this.registered.put(s.id(), s.addedAt());
                registered++;
            } catch (RuntimeException e) {
                this.registered.put(s.id(), s.addedAt()); // not tried again at every sweep
                log.warn("Stored device profile {} was not loaded: {}", s.id(), e.getMessage());
            }
        }
        return registered;
    }

    /**
     * Brings this node's catalog level with the stored profiles: registers those added or replaced on another node
     * since, unregisters those removed there. One read of the ids and times at every sweep; bodies only of what
     * changed.
     */
    public synchronized void syncStored() {
        Map<String, Instant> stored = db.read(session -> session.doReturningWork(connection -> {
            Map<String, Instant> rows = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("select id, added_at from snmp_profile");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
            return rows;
        }));
        for (String id : List.copyOf(registered.keySet())) {
            if (!stored.containsKey(id)) {
                catalog.unregister(id);
                registered.remove(id);
                log.info("Device profile {} was removed on another node", id);
            }
        }
        if (stored.entrySet().stream().anyMatch(e -> !e.getValue().equals(registered.get(e.getKey())))) {
            for (Stored s : storedRows()) {
                if (!s.addedAt().equals(registered.get(s.id()))) {
                    try {
                        catalog.register(parse(s.fileName(), s.body()));
                        registered.put(s.id(), s.addedAt());
                        log.info("Device profile {} added on another node", s.id());
                    } catch (RuntimeException e) {
                        registered.put(s.id(), s.addedAt()); // logged once, not at every sweep
                        log.warn("Stored device profile {} was not loaded: {}", s.id(), e.getMessage());
                    }
                }
            }
        }
    }

    /** The file as an admin gave it, to copy from. */
    public String body(String id) {
        return storedRows().stream().filter(s -> s.id().equals(id)).map(Stored::body).findFirst()
                .orElseThrow(() -> new NotFoundException(DeviceProfile.NOUN, id));
    }

    private static DeviceProfile parse(String name, String body) {
        try {
            return ProfileLoader.parse(name, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Stored> storedRows() {
        return db.read(session -> session.doReturningWork(connection -> {
            List<Stored> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "select id, file_name, body, added_by, added_at from snmp_profile order by id");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime at = rs.getObject(5, OffsetDateTime.class);
                    rows.add(new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            at == null ? null : at.toInstant()));
                }
            }
            return rows;
        }));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private record Stored(String id, String fileName, String body, String addedBy, Instant addedAt) {
    }
}
