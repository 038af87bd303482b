package io.dcim.inventory.site;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
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

    private final Database db;

    public SiteService(Database db) {
        this.db = db;
    }

    public List<Site> sites() {
        return db.read(session -> session.createQuery("from Site", Site.class).getResultList()).stream()
                .sorted(java.util.Comparator.comparing(Site::getName, NaturalOrder.INSTANCE)).toList();
    }

    public Site site(long id) {
        return db.read(session -> Lookup.existing(session, Site.class, id, "site"));
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
        return db.inTransaction(session -> {
            String name = required("name", request.name(), 120);
            if (exists(session, "select count(s) from Site s where upper(s.name) = upper(:n)", "n", name)) {
                throw new ConflictException("name", Message.of("inventory.site.exists", name));
            }
            Site site = new Site(name, zone(request.timeZone()), price(request.electricityPricePerKwh()),
                    pue(request.designPue()));
            site.setProvider(optional("provider", request.provider(), 120));
            site.setCity(optional("city", request.city(), 80));
            site.setLiveSince(request.liveSince());
            session.persist(site);
            return site;
        });
    }

    public Room createRoom(long siteId, String roomName) {
        return db.inTransaction(session -> {
            Site site = Lookup.existing(session, Site.class, siteId, "site");
            String name = required("name", roomName, 80);
            Long clashes = session.createQuery(
                            "select count(r) from Room r where r.site = :s and upper(r.name) = upper(:n)", Long.class)
                    .setParameter("s", site).setParameter("n", name).getSingleResult();
            if (clashes > 0) {
                throw new ConflictException("name", Message.of("inventory.room.exists", site.getName(), name));
            }
            Room room = new Room(site, name);
            session.persist(room);
            return room;
        });
    }

    public CabinetRow createRow(long roomId, String rowName, int position) {
        return db.inTransaction(session -> {
            Room room = Lookup.existing(session, Room.class, roomId, "room");
            String name = required("name", rowName, 40);
            Long clashes = session.createQuery(
                            "select count(r) from CabinetRow r where r.room = :room and upper(r.name) = upper(:n)", Long.class)
                    .setParameter("room", room).setParameter("n", name).getSingleResult();
            if (clashes > 0) {
                throw new ConflictException("name", Message.of("inventory.row.exists", room.getName(), name));
            }
            CabinetRow row = new CabinetRow(room, name, position);
            session.persist(row);
            return row;
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

    private static boolean exists(Session session, String hql, String parameter, Object value) {
        return session.createQuery(hql, Long.class).setParameter(parameter, value).getSingleResult() > 0;
    }
}
