package io.dcim.inventory.history;

import io.dcim.common.audit.Revision;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
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
import java.util.Comparator;
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

    /** The audited types under the names pages and URLs use. */
    private static final Map<String, Class<?>> TYPES = Map.of(
            "site", Site.class, "room", Room.class, "row", CabinetRow.class, "cabinet", Cabinet.class,
            "device", Device.class, "gpu", Gpu.class, "tenant", Tenant.class,
            "device-model", DeviceModel.class, "gpu-model", GpuModel.class);
    private static final int MAX_HISTORY = 500;

    private final Database db;

    public HistoryService(Database db) {
        this.db = db;
    }

    public static Class<?> type(String name) {
        Class<?> type = TYPES.get(name);
        if (type == null) {
            throw new InvalidValueException("type", Message.of("inventory.history.unknownType", name,
                    String.valueOf(TYPES.keySet())));
        }
        return type;
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
            Map<String, String> before = Map.of();
            for (Object[] row : rows) {
                Revision revision = (Revision) row[1];
                RevisionType action = (RevisionType) row[2];
                Map<String, String> after = action == RevisionType.DEL ? Map.of() : snapshot(session, row[0]);
                changes.add(new Change(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()), revision.getActor(),
                        typeName, id, verb(action), diff(before, after)));
                before = after;
            }
            return changes;
        });
    }

    /** The latest changes of any inventory object, newest first (without field detail). */
    public List<Change> recent(int limit) {
        return db.read(session -> {
            AuditReader audit = AuditReaderFactory.get(session);
            List<Change> changes = new ArrayList<>();
            TYPES.forEach((name, type) -> {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = audit.createQuery().forRevisionsOfEntity(type, false, true)
                        .addOrder(AuditEntity.revisionNumber().desc())
                        .setMaxResults(limit)
                        .getResultList();
                for (Object[] row : rows) {
                    Revision revision = (Revision) row[1];
                    changes.add(new Change(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()),
                            revision.getActor(), name, idOf(row[0]), verb((RevisionType) row[2]), List.of()));
                }
            });
            changes.sort(Comparator.comparingLong(Change::revision).reversed()
                    .thenComparing(Change::type).thenComparingLong(Change::objectId));
            return changes.size() > limit ? List.copyOf(changes.subList(0, limit)) : changes;
        });
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
    private static Map<String, String> snapshot(Session session, Object entity) {
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
                        values.put(field.getName(), render(session, value));
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
    private static String render(Session session, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof HibernateProxy proxy) {
            Class<?> type = proxy.getHibernateLazyInitializer().getPersistentClass();
            Object id = proxy.getHibernateLazyInitializer().getIdentifier();
            Object current = session.find(type, id);
            return current == null ? type.getSimpleName().toLowerCase(Locale.ROOT) + " #" + id : label(current);
        }
        if (value.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)) {
            return label(value);
        }
        return value.toString();
    }

    private static String label(Object entity) {
        if (entity instanceof Device d) {
            return d.getAssetTag();
        }
        if (entity instanceof Cabinet c) {
            return c.getName();
        }
        if (entity instanceof DeviceModel m) {
            return m.getDisplayName();
        }
        if (entity instanceof GpuModel g) {
            return g.getName();
        }
        if (entity instanceof Tenant t) {
            return t.getName();
        }
        if (entity instanceof Room r) {
            return r.getName();
        }
        if (entity instanceof CabinetRow r) {
            return "row " + r.getName();
        }
        if (entity instanceof Site s) {
            return s.getName();
        }
        return entity.toString();
    }

    private static long idOf(Object entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            return (Long) id.get(entity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
