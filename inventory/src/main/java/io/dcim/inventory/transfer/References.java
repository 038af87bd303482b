package io.dcim.inventory.transfer;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.table.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.Session;

/**
 * Names in an upload resolved to ids, loaded once per import (a few thousand cabinets at
 * most) so that ten thousand rows do not cost ten thousand look-ups each.
 */
final class References {

    private record Place(long cabinetId, long roomId, String roomName) {
    }

    private final Map<String, List<Long>> models = new HashMap<>();
    private final Map<String, Long> sites = new HashMap<>();
    private final Map<String, Long> rooms = new HashMap<>();
    private final Map<String, List<Place>> cabinets = new HashMap<>();
    private final Map<String, Long> tenants = new HashMap<>();

    static References load(Session session) {
        References refs = new References();
        for (Object[] m : session.createQuery("select m.id, m.manufacturer, m.model from DeviceModel m", Object[].class)
                .getResultList()) {
            long id = (Long) m[0];
            refs.models.computeIfAbsent(key(m[1] + " " + m[2]), k -> new ArrayList<>()).add(id);
            refs.models.computeIfAbsent(key((String) m[2]), k -> new ArrayList<>()).add(id);
        }
        for (Object[] s : session.createQuery("select s.id, s.name from Site s", Object[].class).getResultList()) {
            refs.sites.put(key((String) s[1]), (Long) s[0]);
        }
        for (Object[] r : session.createQuery("select r.id, r.site.id, r.name from Room r", Object[].class).getResultList()) {
            refs.rooms.put(r[1] + "/" + key((String) r[2]), (Long) r[0]);
        }
        for (Object[] c : session.createQuery("select c.id, c.room.site.id, c.name, c.room.id, c.room.name from Cabinet c",
                Object[].class).getResultList()) {
            refs.cabinets.computeIfAbsent(c[1] + "/" + key((String) c[2]), k -> new ArrayList<>())
                    .add(new Place((Long) c[0], (Long) c[3], (String) c[4]));
        }
        for (Object[] t : session.createQuery("select t.id, t.name from Tenant t", Object[].class).getResultList()) {
            refs.tenants.put(key((String) t[1]), (Long) t[0]);
        }
        return refs;
    }

    /** A model by "Manufacturer Model" or by its model name alone when that is unambiguous. */
    long model(String name) {
        List<Long> ids = models.get(key(name));
        if (ids == null) {
            throw new InvalidValueException(DeviceColumns.MODEL, Message.of("inventory.transfer.noModel", Table.excerpt(name)));
        }
        if (ids.stream().distinct().count() > 1) {
            throw new InvalidValueException(DeviceColumns.MODEL, Message.of("inventory.transfer.ambiguousModel", Table.excerpt(name)));
        }
        return ids.get(0);
    }

    long site(String name) {
        Long id = sites.get(key(name));
        if (id == null) {
            throw new InvalidValueException(DeviceColumns.SITE, Message.of("inventory.transfer.noSite", Table.excerpt(name)));
        }
        return id;
    }

    long room(long siteId, String name) {
        Long id = rooms.get(siteId + "/" + key(name));
        if (id == null) {
            throw new InvalidValueException(DeviceColumns.ROOM, Message.of("inventory.transfer.noRoom", Table.excerpt(name)));
        }
        return id;
    }

    /** A cabinet by name within the site; the room is needed only when two rooms use the name. */
    long cabinet(long siteId, String roomName, String name) {
        List<Place> places = cabinets.getOrDefault(siteId + "/" + key(name), List.of());
        if (roomName != null) {
            places = places.stream().filter(p -> key(p.roomName()).equals(key(roomName))).toList();
        }
        if (places.isEmpty()) {
            throw new InvalidValueException(DeviceColumns.CABINET, roomName == null
                    ? Message.of("inventory.transfer.noCabinetInSite", Table.excerpt(name))
                    : Message.of("inventory.transfer.noCabinetInRoom", Table.excerpt(name), Table.excerpt(roomName)));
        }
        if (places.size() > 1) {
            throw new InvalidValueException(DeviceColumns.ROOM, Message.of("inventory.transfer.cabinetInRooms", Table.excerpt(name),
                    String.valueOf(places.stream().map(Place::roomName).toList())));
        }
        return places.get(0).cabinetId();
    }

    long tenant(String name) {
        Long id = tenants.get(key(name));
        if (id == null) {
            throw new InvalidValueException(DeviceColumns.TENANT, Message.of("inventory.transfer.noTenant", Table.excerpt(name)));
        }
        return id;
    }

    private static String key(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
