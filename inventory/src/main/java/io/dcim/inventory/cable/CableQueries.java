package io.dcim.inventory.cable;

import io.dcim.common.paging.Like;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.common.paging.SortColumns;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/** Cables by site, room, device, type, status or label, paged and sorted in the database. */
public final class CableQueries {

    private static final SortColumns SORT = new SortColumns("label", "k.id", Map.of(
            "label", "k.labelKey",
            "type", "k.type",
            "status", "k.status",
            "length", "k.lengthM",
            "aDevice", "da.assetTagKey, pa.position",
            "bDevice", "db.assetTagKey, pb.position"));

    /** Sorts on an end's device and port: these need the joins to sort, so the page is one query. */
    private static final Set<String> JOINED_SORTS = Set.of("aDevice", "bDevice");

    /** No cable has this id: stands in for an empty list, which not every database takes in "in (…)". */
    private static final long NO_CABLE = -1L;

    private final io.dcim.common.persistence.Database db;

    public CableQueries(io.dcim.common.persistence.Database db) {
        this.db = db;
    }

    /**
     * Each end join names a whole unique key (cable, side, lane), so every join is at most one
     * row: the count leaves them out and counts the cables alone (every filter names only the
     * cable), which PostgreSQL did not always work out itself (over 100 ms at 110,000 cables).
     * Sorted on the cable's own columns the page is found as ids first (the site's label index,
     * no joins), then the six joins run for its 50 rows only: one page was 6 × 1,050 lookups
     * at page 20.
     */
    public Page<CableSummary> page(CableFilter filter, PageRequest request) {
        return db.read(session -> {
            List<Long> deviceCables = filter.deviceId() == null ? null : cablesOf(session, filter.deviceId());
            PagedQuery<CableSummary> query = query(filter, deviceCables);
            return request.sort() != null && JOINED_SORTS.contains(request.sort()) ? query.fetch(session, request)
                    : query.fetchIdsFirst(session, request, CableSummary::id);
        });
    }

    /**
     * A device's cables, found from its ports (a device has tens of ports, so tens of cables).
     * Given to the page query as ids, not as a subquery: with a subquery PostgreSQL could choose
     * to walk the whole site's label index looking for them (about a second at 110,000 cables).
     */
    private static List<Long> cablesOf(Session session, long deviceId) {
        List<Long> ids = session.createQuery("select distinct e.cable.id from CableEnd e where e.port.device.id = :device",
                Long.class).setParameter("device", deviceId).getResultList();
        return ids.isEmpty() ? List.of(NO_CABLE) : ids;
    }

    private static PagedQuery<CableSummary> query(CableFilter filter, List<Long> deviceCables) {
        return new PagedQuery<>(CableSummary.class,
                "select new io.dcim.inventory.cable.CableSummary(k.id, k.label, k.type, k.lanes, k.lengthM, k.colour,"
                        + " k.status, da.id, coalesce(da.name, da.assetTag), pa.name, pa.kind, db.id,"
                        + " coalesce(db.name, db.assetTag), pb.name, pb.kind, k.version)",
                "from Cable k left join CableEnd ea on ea.cable = k and ea.side = 'A' and ea.lane = 1 left join ea.port pa"
                        + " left join pa.device da left join CableEnd eb on eb.cable = k and eb.side = 'B' and eb.lane = 1"
                        + " left join eb.port pb left join pb.device db",
                "k.id", SORT)
                .countingFrom("from Cable k")
                .where("k.site.id = :site", "site", filter.siteId())
                // the room's cables as "in (ends of its devices' ports)" rather than a correlated exists: both
                // databases then start from the matching ends instead of testing every cable of the site
                .where("k.id in (select re.cable.id from CableEnd re join re.port rp join rp.device rd"
                        + " where rd.room.id = :room)", "room", filter.roomId())
                .where("k.id in :deviceCables", "deviceCables", deviceCables)
                .where("k.type = :type", "type", filter.type())
                .where("k.status = :status", "status", filter.status())
                .where("k.labelKey like :label", "label", Like.contains(filter.label()));
    }
}
