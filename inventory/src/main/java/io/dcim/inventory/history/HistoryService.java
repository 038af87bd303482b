package io.dcim.inventory.history;

import io.dcim.common.audit.Revision;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.catalog.GpuModel;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.gpu.Gpu;
import io.dcim.inventory.site.CabinetRow;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.tenant.Tenant;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.proxy.HibernateProxy;

/**
 * Who changed what and when, from the audit tables Envers keeps: an object's full history
 * with old and new values, and the most recent changes across the inventory.
 */
public final class HistoryService {

    /** The inventory's audited types, in the order lists offer them (other modules' follow, as they are given). */
    private static final List<HistoryKind> INVENTORY = List.of(
            HistoryKind.of("site", Site.class, "site_aud",
                    s -> s.getCode() == null || s.getCode().isBlank() ? s.getName() : s.getCode()),
            HistoryKind.of("room", Room.class, "room_aud", Room::getName),
            HistoryKind.of("row", CabinetRow.class, "cabinet_row_aud", r -> "row " + r.getName()),
            HistoryKind.of("cabinet", Cabinet.class, "cabinet_aud", Cabinet::getName),
            HistoryKind.of("device", Device.class, "device_aud", Device::getAssetTag),
            HistoryKind.of("gpu", Gpu.class, "gpu_aud", Gpu::getSerial),
            HistoryKind.of("tenant", Tenant.class, "tenant_aud", Tenant::getName),
            HistoryKind.of("device-model", DeviceModel.class, "device_model_aud", DeviceModel::getDisplayName),
            HistoryKind.of("gpu-model", GpuModel.class, "gpu_model_aud", GpuModel::getName));
    private static final int MAX_HISTORY = 500;

    /** Every audited type by its name, in list order. */
    private final Map<String, HistoryKind> kinds;
    private final Database db;

    /** The inventory's history alone. */
    public HistoryService(Database db) {
        this(db, List.of());
    }

    /** The inventory's history and other modules' audited types after it (the power chain's, say). */
    public HistoryService(Database db, List<HistoryKind> others) {
        this.db = db;
        Map<String, HistoryKind> all = new LinkedHashMap<>();
        for (HistoryKind kind : INVENTORY) {
            all.put(kind.name(), kind);
        }
        for (HistoryKind kind : others) {
            if (all.putIfAbsent(kind.name(), kind) != null) {
                throw new IllegalArgumentException("two audited types named " + kind.name());
            }
        }
        this.kinds = java.util.Collections.unmodifiableMap(all);
    }

    /** The type names the history knows, for filters. */
    public List<String> typeNames() {
        return List.copyOf(kinds.keySet());
    }

    public Class<?> type(String name) {
        return kind(name).type();
    }

    private HistoryKind kind(String name) {
        HistoryKind kind = kinds.get(name);
        if (kind == null) {
            throw new InvalidValueException("type", Message.of("inventory.history.unknownType", name,
                    String.valueOf(kinds.keySet())));
        }
        return kind;
    }

    /** Every change of one object, oldest first, each with the fields it changed. */
    public List<Change> of(String typeName, long id) {
        Class<?> type = type(typeName);
        return db.read(session -> {
            AuditReader audit = AuditReaderFactory.get(session);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = audit.createQuery().forRevisionsOfEntity(type, false, true)
                    .add(AuditEntity.id().eq(id))
                    .addOrder(AuditEntity.revisionNumber().asc())
                    .setMaxResults(MAX_HISTORY)
                    .getResultList();
            List<Change> changes = new ArrayList<>();
            Labels labels = new Labels(session);
            Map<String, String> before = Map.of();
            for (Object[] row : rows) {
                Revision revision = (Revision) row[1];
                RevisionType action = (RevisionType) row[2];
                Map<String, String> after = action == RevisionType.DEL ? Map.of() : snapshot(session, row[0], labels);
                changes.add(new Change(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()), revision.getActor(),
                        typeName, id, null, verb(action), diff(before, after)));
                before = after;
            }
            String name = labels.names(List.of(new ObjectKey(typeName, id))).get(new ObjectKey(typeName, id));
            return changes.stream().map(c -> named(c, name)).toList();
        });
    }

    /** The name people know an object by (an asset tag, a cabinet's name, a site's code), or null if it never existed. */
    public String name(String typeName, long id) {
        type(typeName);
        return db.read(session -> new Labels(session).names(List.of(new ObjectKey(typeName, id)))
                .get(new ObjectKey(typeName, id)));
    }

    /** Every user or system actor that ever made a change, in name order: the choices of a "who" filter. */
    public List<String> actors() {
        return db.read(session -> session.createNativeQuery(
                "select distinct actor from revinfo where actor is not null order by actor", String.class).getResultList());
    }

    /**
     * One page of the changes across the inventory, newest first, filtered by type, actor and time; each
     * object by its name (without field detail: the object's own history has it). The audit tables are read
     * as one union, so paging and counting happen in the database however long the history is; Envers'
     * queries read one entity type at a time and could not page across them.
     */
    public Page<Change> page(HistoryFilter filter, PageRequest request) {
        List<String> types = filter.type() == null ? typeNames() : List.of(kind(filter.type()).name());
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.actor() != null) {
            conditions.add("r.actor = :actor");
            parameters.put("actor", filter.actor());
        }
        if (filter.from() != null) {
            conditions.add("r.changed_at_ms >= :fromMs");
            parameters.put("fromMs", filter.from().toEpochMilli());
        }
        if (filter.until() != null) {
            conditions.add("r.changed_at_ms < :untilMs");
            parameters.put("untilMs", filter.until().toEpochMilli());
        }
        String filtered = conditions.isEmpty() ? ""
                : " join revinfo r on r.id = a.rev where " + String.join(" and ", conditions);
        // Each audit table gives only its own newest rows up to the end of the page asked for (the page's rows are
        // among them), so the database sorts a few thousand rows, not every change ever made; the count is the
        // sum of each table's, which needs no sort at all and, unfiltered, no scan. Each table's index on
        // (rev desc, id), in exactly this order, lets the database stop after those rows (V2026121125, -126).
        long reach = (long) request.offset() + request.size();
        StringBuilder newest = new StringBuilder();
        StringBuilder counts = new StringBuilder();
        for (int kind = 0; kind < types.size(); kind++) {
            String branch = " from " + kinds.get(types.get(kind)).auditTable() + " a" + filtered;
            newest.append(kind == 0 ? "" : " union all ").append("(select ").append(kind)
                    .append(" as kind, a.id, a.rev, a.revtype").append(branch)
                    .append(" order by a.rev desc, a.id fetch first ").append(reach).append(" rows only)");
            counts.append(kind == 0 ? "" : " + ").append("(select count(*)").append(branch).append(")");
        }
        return db.read(session -> {
            // The page is cut from the merged rows before revinfo is joined: its time and actor are read for the
            // page's rows alone, not for every row merged (tens of thousands at page 100).
            var rows = session.createNativeQuery("select p.kind, p.id, p.rev, p.revtype, r.changed_at_ms, r.actor from"
                    + " (select h.kind, h.id, h.rev, h.revtype from (" + newest + ") h order by h.rev desc, h.kind, h.id"
                    + " offset " + request.offset() + " rows fetch next " + request.size() + " rows only) p"
                    + " join revinfo r on r.id = p.rev order by p.rev desc, p.kind, p.id", Object[].class);
            var count = session.createNativeQuery("select " + counts, Long.class);
            parameters.forEach((name, value) -> {
                rows.setParameter(name, value);
                count.setParameter(name, value);
            });
            List<Change> changes = new ArrayList<>();
            for (Object[] row : rows.getResultList()) {
                changes.add(new Change(((Number) row[2]).longValue(), Instant.ofEpochMilli(((Number) row[4]).longValue()),
                        (String) row[5], types.get(((Number) row[0]).intValue()), ((Number) row[1]).longValue(), null,
                        verb(RevisionType.fromRepresentation(((Number) row[3]).byteValue())), List.of()));
            }
            Map<ObjectKey, String> names = new Labels(session).names(changes.stream().map(c -> new ObjectKey(c.type(), c.objectId()))
                    .distinct().toList());
            return new Page<>(changes.stream().map(c -> named(c, names.get(new ObjectKey(c.type(), c.objectId())))).toList(),
                    ((Number) count.getSingleResult()).longValue(), request);
        });
    }

    private static Change named(Change change, String name) {
        return new Change(change.revision(), change.at(), change.actor(), change.type(), change.objectId(), name,
                change.action(), change.fields());
    }

    private record ObjectKey(String type, long id) {
    }

    /** How the objects of one reading are named, by the kinds' labels, within its session. */
    private final class Labels implements HistoryKind.Names {

        private final Session session;

        Labels(Session session) {
            this.session = session;
        }

        /**
         * The objects' names, read in one query per type; an object deleted since is named as it was last
         * recorded in the history.
         */
        Map<ObjectKey, String> names(List<ObjectKey> objects) {
            Map<ObjectKey, String> names = new HashMap<>();
            Map<String, List<Long>> byType = new LinkedHashMap<>();
            objects.forEach(o -> byType.computeIfAbsent(o.type(), t -> new ArrayList<>()).add(o.id()));
            byType.forEach((typeName, ids) -> {
                for (Object entity : session.byMultipleIds(kinds.get(typeName).type()).multiLoad(ids)) {
                    if (entity != null) {
                        names.put(new ObjectKey(typeName, ((Number) session.getIdentifier(entity)).longValue()),
                                kinds.get(typeName).label().apply(entity, this));
                    }
                }
            });
            AuditReader audit = AuditReaderFactory.get(session);
            for (ObjectKey object : objects) {
                if (!names.containsKey(object)) {
                    @SuppressWarnings("unchecked")
                    List<Object> last = audit.createQuery().forRevisionsOfEntity(kinds.get(object.type()).type(), true, false)
                            .add(AuditEntity.id().eq(object.id()))
                            .addOrder(AuditEntity.revisionNumber().desc())
                            .setMaxResults(1)
                            .getResultList();
                    if (!last.isEmpty()) {
                        names.put(object, kinds.get(object.type()).label().apply(last.get(0), this));
                    }
                }
            }
            return names;
        }

        @Override
        public String of(String kind, long id) {
            return names(List.of(new ObjectKey(kind, id))).get(new ObjectKey(kind, id));
        }

        /** Any entity by its kind's label; one of no listed kind by its own words. */
        String label(Object entity) {
            Class<?> type = entity instanceof HibernateProxy proxy
                    ? proxy.getHibernateLazyInitializer().getPersistentClass() : entity.getClass();
            for (HistoryKind kind : kinds.values()) {
                if (kind.type().isAssignableFrom(type)) {
                    return kind.label().apply(entity, this);
                }
            }
            return entity.toString();
        }
    }

    /** The latest changes of any inventory object, newest first (without field detail). */
    public List<Change> recent(int limit) {
        return page(HistoryFilter.all(), PageRequest.first(limit, null)).items();
    }

    private static String verb(RevisionType action) {
        return switch (action) {
            case ADD -> "created";
            case MOD -> "changed";
            case DEL -> "deleted";
        };
    }

    private static List<Change.FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        List<Change.FieldChange> fields = new ArrayList<>();
        java.util.Set<String> names = new java.util.LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        for (String name : names) {
            String old = before.get(name);
            String now = after.get(name);
            if (!Objects.equals(old, now)) {
                fields.add(new Change.FieldChange(name, old, now));
            }
        }
        return fields;
    }

    /** The audited fields of one historic state, as people read them (related objects by name). */
    private static Map<String, String> snapshot(Session session, Object entity, Labels labels) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Class<?> c = entity.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(NotAudited.class)
                        || field.isAnnotationPresent(jakarta.persistence.Id.class)
                        || field.isAnnotationPresent(jakarta.persistence.Version.class)
                        || field.getName().endsWith("Key")) {
                    continue;
                }
                field.setAccessible(true);
                try {
                    Object value = field.get(entity);
                    if (value != null && value.getClass().isAnnotationPresent(jakarta.persistence.Embeddable.class)) {
                        values.putAll(embedded(field.getName(), value));
                    } else {
                        values.put(field.getName(), render(session, value, labels));
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }

    private static Map<String, String> embedded(String prefix, Object value) throws IllegalAccessException {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : value.getClass().getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                Object v = field.get(value);
                values.put(prefix + "." + field.getName(), v == null ? null : v.toString());
            }
        }
        return values;
    }

    /** A related object is named by its current label, read by id without loading its history. */
    private static String render(Session session, Object value, Labels labels) {
        if (value == null) {
            return null;
        }
        if (value instanceof HibernateProxy proxy) {
            Class<?> type = proxy.getHibernateLazyInitializer().getPersistentClass();
            Object id = proxy.getHibernateLazyInitializer().getIdentifier();
            Object current = session.find(type, id);
            return current == null ? type.getSimpleName().toLowerCase(Locale.ROOT) + " #" + id : labels.label(current);
        }
        if (value.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)) {
            return labels.label(value);
        }
        return value.toString();
    }
}
