package io.dcim.inventory.site;

import java.util.List;
import org.hibernate.Session;

/** What other modules ask about rooms and rows: their ids, names and where they are. */
public final class RoomDirectory {

    public record RoomFacts(long id, String name, long siteId) {
    }

    /** A row of cabinets: its place in its room, which a row-by-row layout follows. */
    public record RowPosition(long id, long roomId, int position) {
    }

    /** Rooms sort as people count them (Hall 2 before Hall 10) by their stored keys. */
    private static final String ROOMS = "select new io.dcim.inventory.site.RoomDirectory$RoomFacts(r.id, r.name, r.site.id)"
            + " from Room r";
    private static final String ROOM_ORDER = " order by r.sortKey, r.name";

    private RoomDirectory() {
    }

    public static List<RoomFacts> all(Session session) {
        return session.createQuery(ROOMS + ROOM_ORDER, RoomFacts.class).getResultList();
    }

    public static List<RoomFacts> inSite(Session session, long siteId) {
        return session.createQuery(ROOMS + " where r.site.id = :site" + ROOM_ORDER, RoomFacts.class)
                .setParameter("site", siteId).getResultList();
    }

    /** The room, as a list of one (none for an unknown room), like the lists of a site's or of all rooms. */
    public static List<RoomFacts> byId(Session session, long roomId) {
        return session.createQuery(ROOMS + " where r.id = :id", RoomFacts.class).setParameter("id", roomId)
                .getResultList();
    }

    /** The names of the site's rooms (of every site for null), in name order. */
    public static List<String> names(Session session, Long siteId) {
        var query = session.createQuery("select r.name from Room r" + (siteId == null ? "" : " where r.site.id = :site")
                + " order by r.name", String.class);
        return siteId == null ? query.getResultList() : query.setParameter("site", siteId).getResultList();
    }

    /** The rows of the site's rooms, by room and then position in it. */
    public static List<RowPosition> rowsInSite(Session session, long siteId) {
        return session.createQuery("select new io.dcim.inventory.site.RoomDirectory$RowPosition(w.id, r.id, w.position)"
                        + " from CabinetRow w join w.room r where r.site.id = :site order by r.id, w.position, w.id",
                        RowPosition.class)
                .setParameter("site", siteId).getResultList();
    }
}
