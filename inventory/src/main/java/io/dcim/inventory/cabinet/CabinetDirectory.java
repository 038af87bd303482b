package io.dcim.inventory.cabinet;

import io.dcim.common.persistence.Chunks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * What other modules ask about cabinets (where they stand, their space and power), answered here so that no query
 * outside inventory names a cabinet's fields or walks from it to its room and site.
 */
public final class CabinetDirectory {

    /** A cabinet with its room, row and site, and its power figures. */
    public record Placement(long id, String name, long siteId, long roomId, String roomName, long rowId, String rowName,
                            int position, long typicalW, int contractedW) {
    }

    /** What a cabinet has left: free U and contracted W above its typical draw. */
    public record Space(long id, int freeU, long headroomW) {
    }

    /** The cabinets of a site added up: how many, their contracted W and their U. */
    public record Capacity(long cabinets, long contractedW, long heightU) {
    }

    /** A cabinet found by name, with the names that tell it apart from others of the same name. */
    public record Named(long id, String roomName, String siteName) {
    }

    /** A cabinet's IDC lease terms: monthly fee (CNY) from {@code start} to {@code end}, both days included, null = open. */
    public record LeaseTerms(long cabinetId, String cabinetName, BigDecimal monthlyFee, LocalDate start, LocalDate end) {
    }

    private static final String PLACEMENTS = "select new io.dcim.inventory.cabinet.CabinetDirectory$Placement(c.id,"
            + " c.name, s.id, r.id, r.name, w.id, w.name, c.position, c.typicalW, c.contractedW)"
            + " from Cabinet c join c.room r join r.site s join c.row w";
    /** Sites, then rooms as people count them, rows and cabinets by position: the order a layout is drawn in. */
    private static final String PLACEMENT_ORDER = " order by s.id, r.sortKey, r.name, w.position, c.position";

    private CabinetDirectory() {
    }

    public static List<Placement> all(Session session) {
        return session.createQuery(PLACEMENTS + PLACEMENT_ORDER, Placement.class).getResultList();
    }

    public static List<Placement> inSite(Session session, long siteId) {
        return placements(session, "s.id", siteId);
    }

    public static List<Placement> inRoom(Session session, long roomId) {
        return placements(session, "r.id", roomId);
    }

    /** The cabinet, as a list of one (none for an unknown cabinet), like the lists of a room's or site's. */
    public static List<Placement> byId(Session session, long cabinetId) {
        return placements(session, "c.id", cabinetId);
    }

    private static List<Placement> placements(Session session, String column, long id) {
        return session.createQuery(PLACEMENTS + " where " + column + " = :id" + PLACEMENT_ORDER, Placement.class)
                .setParameter("id", id).getResultList();
    }

    /** The space left in each of the cabinets (unknown ids are left out). */
    public static List<Space> space(Session session, Collection<Long> cabinetIds) {
        return Chunks.of(cabinetIds).stream().flatMap(chunk -> session.createQuery(
                        "select new io.dcim.inventory.cabinet.CabinetDirectory$Space(c.id, c.heightU - c.usedU,"
                                + " c.contractedW - c.typicalW) from Cabinet c where c.id in (:ids) order by c.id",
                        Space.class).setParameter("ids", chunk).getResultList().stream())
                .toList();
    }

    /** Cabinet id → the id of the site it stands in (unknown ids are left out). */
    public static Map<Long, Long> sitesOf(Session session, Collection<Long> cabinetIds) {
        Map<Long, Long> siteOf = new HashMap<>();
        for (List<Long> chunk : Chunks.of(cabinetIds)) {
            session.createQuery("select c.id, r.site.id from Cabinet c join c.room r where c.id in (:ids)", Object[].class)
                    .setParameter("ids", chunk).getResultList()
                    .forEach(row -> siteOf.put((Long) row[0], (Long) row[1]));
        }
        return siteOf;
    }

    /** The site's cabinets added up, in one aggregate query. */
    public static Capacity capacityOfSite(Session session, long siteId) {
        Object[] row = session.createQuery("select count(c), coalesce(sum(c.contractedW), 0), coalesce(sum(c.heightU), 0)"
                + " from Cabinet c join c.room r where r.site.id = :site", Object[].class)
                .setParameter("site", siteId).getSingleResult();
        return new Capacity(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    /** The ids of the site's cabinets that hold at least one device. */
    public static java.util.Set<Long> occupiedInSite(Session session, long siteId) {
        return new java.util.HashSet<>(session.createQuery("select c.id from Cabinet c join c.room r"
                + " where r.site.id = :site and c.deviceCount > 0", Long.class).setParameter("site", siteId)
                .getResultList());
    }

    /** Contracted W of each of the site's cabinets that holds no device and no reservation, largest first. */
    public static List<Integer> emptyCabinetWatts(Session session, long siteId) {
        return session.createQuery("select c.contractedW from Cabinet c join c.room r where r.site.id = :site"
                        + " and c.deviceCount = 0 and c.reservedU = 0 order by c.contractedW desc", Integer.class)
                .setParameter("site", siteId).getResultList();
    }

    /** Cabinets named so, ignoring case, in the site (in every site for null), by room name. */
    public static List<Named> named(Session session, String name, Long siteId) {
        SelectionQuery<Named> query = session.createQuery(
                        "select new io.dcim.inventory.cabinet.CabinetDirectory$Named(c.id, r.name, s.name)"
                                + " from Cabinet c join c.room r join r.site s where upper(c.name) = :name"
                                + (siteId == null ? "" : " and s.id = :site") + " order by r.name", Named.class)
                .setParameter("name", name.toUpperCase(Locale.ROOT));
        return siteId == null ? query.getResultList() : query.setParameter("site", siteId).getResultList();
    }

    /** The leases of the site's cabinets that have a monthly fee, by cabinet id. */
    public static List<LeaseTerms> leasesInSite(Session session, long siteId) {
        return session.createQuery("select new io.dcim.inventory.cabinet.CabinetDirectory$LeaseTerms(c.id, c.name,"
                        + " c.lease.monthlyFee, c.lease.start, c.lease.end) from Cabinet c join c.room r"
                        + " where r.site.id = :site and c.lease.monthlyFee is not null order by c.id", LeaseTerms.class)
                .setParameter("site", siteId).getResultList();
    }
}
