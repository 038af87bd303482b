package io.dcim.inventory.site;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.common.persistence.VersionedStore;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.optional;
import static io.dcim.common.text.Fields.required;

/** Sites, their rooms and their rows: the frame the cabinets hang in. */
public final class SiteService {

    private static final BigDecimal MIN_PUE = BigDecimal.ONE;
    private static final BigDecimal MAX_PUE = new BigDecimal("3.00");
    /** Coal-fired power emits about 1 kg CO2 per kWh; a factor above 2 is a typing error. */
    private static final BigDecimal MAX_EMISSION = new BigDecimal("2.0000");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9._-]+");

    private final Database db;
    private final VersionedStore<Site> siteStore;
    private final VersionedStore<Room> roomStore;
    private final VersionedStore<CabinetRow> rowStore;

    public SiteService(Database db) {
        this.db = db;
        this.siteStore = VersionedStore.named(db, Site.class, "site", Site::getVersion, Site::getName);
        this.roomStore = VersionedStore.named(db, Room.class, "room", Room::getVersion, Room::getName);
        this.rowStore = VersionedStore.named(db, CabinetRow.class, "row", CabinetRow::getVersion, CabinetRow::getName);
    }

    public List<Site> sites() {
        return db.read(session -> session.createQuery("from Site", Site.class).getResultList()).stream()
                .sorted(java.util.Comparator.comparing(Site::getName, NaturalOrder.INSTANCE)).toList();
    }

    public Site site(long id) {
        return siteStore.find(id);
    }

    public List<Room> rooms(long siteId) {
        // In the order people count halls (Hall 2 before Hall 10): every list of rooms comes from here.
        return db.read(session -> session.createQuery("from Room where site.id = :s order by sortKey, name", Room.class)
                .setParameter("s", siteId).getResultList());
    }

    public List<CabinetRow> rows(long roomId) {
        return db.read(session -> session.createQuery(
                        "from CabinetRow where room.id = :r order by position, sortKey, name", CabinetRow.class)
                .setParameter("r", roomId).getResultList());
    }

    public Site createSite(NewSite request) {
        return create(new SiteDetails(request.name(), null, request.provider(), request.city(), request.timeZone(),
                request.electricityPricePerKwh(), request.designPue(), null, request.liveSince()));
    }

    public Site create(SiteDetails details) {
        return siteStore.create(session -> {
            String name = required("name", details.name(), 120);
            checkSiteFree(session, name, code(details.code()), null);
            Site site = new Site(name, zone(details.timeZone()), price(details.electricityPricePerKwh()),
                    pue(details.designPue()));
            describe(site, details);
            return site;
        });
    }

    /** Replaces what people edit on the site, against the version they read. */
    public Site edit(long id, int expectedVersion, SiteDetails details) {
        return siteStore.edit(id, expectedVersion, (session, site) -> {
            String name = required("name", details.name(), 120);
            checkSiteFree(session, name, code(details.code()), site.getId());
            site.setName(name);
            site.setZone(zone(details.timeZone()));
            site.setElectricityPricePerKwh(price(details.electricityPricePerKwh()));
            site.setDesignPue(pue(details.designPue()));
            describe(site, details);
        });
    }

    /** Deletes a site registered by mistake: one without rooms, and that nothing else refers to. */
    public void deleteSite(long id, int expectedVersion) {
        siteStore.remove(id, expectedVersion, (session, site) -> {
            long rooms = count(session, "select count(r) from Room r where r.site = :x", site);
            if (rooms > 0) {
                throw new ConflictException("rooms", Message.of("inventory.site.hasRooms", site.getName(), rooms));
            }
        });
    }

    /** Renames a room, against the version read. */
    public Room editRoom(long id, int expectedVersion, String roomName) {
        return roomStore.edit(id, expectedVersion, (session, room) -> {
            String name = required("name", roomName, 80);
            checkRoomFree(session, room.getSite(), name, room.getId());
            room.setName(name);
        });
    }

    /** Deletes an empty room: no rows, no devices on its floor, nothing else referring to it. */
    public void deleteRoom(long id, int expectedVersion) {
        roomStore.remove(id, expectedVersion, (session, room) -> {
            long rows = count(session, "select count(w) from CabinetRow w where w.room = :x", room);
            long devices = count(session, "select count(d) from Device d where d.room = :x", room);
            if (rows > 0 || devices > 0) {
                throw new ConflictException("rows", Message.of("inventory.room.notEmpty", room.getName(), rows, devices));
            }
        });
    }

    /** Renames a row or moves it in its room's order, against the version read. */
    public CabinetRow editRow(long id, int expectedVersion, String rowName, int position) {
        return rowStore.edit(id, expectedVersion, (session, row) -> {
            String name = required("name", rowName, 40);
            checkRowFree(session, row.getRoom(), name, row.getId());
            row.setName(name);
            row.setPosition(position);
        });
    }

    /** Deletes a row without cabinets. */
    public void deleteRow(long id, int expectedVersion) {
        rowStore.remove(id, expectedVersion, (session, row) -> {
            long cabinets = count(session, "select count(c) from Cabinet c where c.row = :x", row);
            if (cabinets > 0) {
                throw new ConflictException("cabinets", Message.of("inventory.row.notEmpty", row.getName(), cabinets));
            }
        });
    }

    /** A room by id, with its site loaded: for pages that show where it is. */
    public Room room(long id) {
        return db.read(session -> {
            Room room = Lookup.existing(session, Room.class, id, "room");
            room.getSite().getName();
            return room;
        });
    }

    /** A row by id, with its room and site loaded. */
    public CabinetRow row(long id) {
        return db.read(session -> {
            CabinetRow row = Lookup.existing(session, CabinetRow.class, id, "row");
            row.getRoom().getSite().getName();
            return row;
        });
    }

    public Room createRoom(long siteId, String roomName) {
        return roomStore.create(session -> {
            Site site = Lookup.existing(session, Site.class, siteId, "site");
            String name = required("name", roomName, 80);
            checkRoomFree(session, site, name, null);
            return new Room(site, name);
        });
    }

    public CabinetRow createRow(long roomId, String rowName, int position) {
        return rowStore.create(session -> {
            Room room = Lookup.existing(session, Room.class, roomId, "room");
            String name = required("name", rowName, 40);
            checkRowFree(session, room, name, null);
            return new CabinetRow(room, name, position);
        });
    }

    static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            throw new InvalidValueException("timeZone", Message.of("inventory.site.timeZoneRequired"));
        }
        try {
            return ZoneId.of(timeZone.trim());
        } catch (DateTimeException e) {
            throw new InvalidValueException("timeZone", Message.of("inventory.site.unknownTimeZone", timeZone));
        }
    }

    static BigDecimal price(BigDecimal price) {
        if (price == null || price.signum() < 0) {
            throw new InvalidValueException("electricityPricePerKwh", Message.of("inventory.site.negativePrice"));
        }
        return price;
    }

    static BigDecimal pue(BigDecimal pue) {
        if (pue == null || pue.compareTo(MIN_PUE) < 0 || pue.compareTo(MAX_PUE) > 0) {
            throw new InvalidValueException("designPue", Message.of("inventory.site.pueRange"));
        }
        return pue;
    }

    /** Up to 16 letters, digits, dots, dashes or underscores; blank is none. */
    static String code(String code) {
        String trimmed = optional("code", code, 16);
        if (trimmed != null && !CODE.matcher(trimmed).matches()) {
            throw new InvalidValueException("code", Message.of("inventory.site.codeCharacters"));
        }
        return trimmed;
    }

    static BigDecimal emission(BigDecimal factor) {
        if (factor != null && (factor.signum() < 0 || factor.compareTo(MAX_EMISSION) > 0)) {
            throw new InvalidValueException("gridEmissionKgPerKwh", Message.of("inventory.site.emissionRange"));
        }
        return factor;
    }

    /** The optional facts, the same on a new site and on an edit. */
    private static void describe(Site site, SiteDetails details) {
        site.setCode(code(details.code()));
        site.setProvider(optional("provider", details.provider(), 120));
        site.setCity(optional("city", details.city(), 80));
        site.setGridEmissionKgPerKwh(emission(details.gridEmissionKgPerKwh()));
        site.setLiveSince(details.liveSince());
    }

    private static void checkSiteFree(Session session, String name, String code, Long self) {
        long selfId = self == null ? -1L : self;
        if (session.createQuery("select count(s) from Site s where upper(s.name) = upper(:n) and s.id <> :self", Long.class)
                .setParameter("n", name).setParameter("self", selfId).getSingleResult() > 0) {
            throw new ConflictException("name", Message.of("inventory.site.exists", name));
        }
        if (code != null && session.createQuery(
                        "select count(s) from Site s where upper(s.code) = upper(:c) and s.id <> :self", Long.class)
                .setParameter("c", code).setParameter("self", selfId).getSingleResult() > 0) {
            throw new ConflictException("code", Message.of("inventory.site.codeTaken", code));
        }
    }

    private static void checkRoomFree(Session session, Site site, String name, Long self) {
        Long clashes = session.createQuery("select count(r) from Room r where r.site = :s and upper(r.name) = upper(:n)"
                        + " and r.id <> :self", Long.class)
                .setParameter("s", site).setParameter("n", name).setParameter("self", self == null ? -1L : self)
                .getSingleResult();
        if (clashes > 0) {
            throw new ConflictException("name", Message.of("inventory.room.exists", site.getName(), name));
        }
    }

    private static void checkRowFree(Session session, Room room, String name, Long self) {
        Long clashes = session.createQuery("select count(r) from CabinetRow r where r.room = :room"
                        + " and upper(r.name) = upper(:n) and r.id <> :self", Long.class)
                .setParameter("room", room).setParameter("n", name).setParameter("self", self == null ? -1L : self)
                .getSingleResult();
        if (clashes > 0) {
            throw new ConflictException("name", Message.of("inventory.row.exists", room.getName(), name));
        }
    }

    private static long count(Session session, String hql, Object parent) {
        return session.createQuery(hql, Long.class).setParameter("x", parent).getSingleResult();
    }
}
