package io.dcim.power.load;

import io.dcim.common.persistence.Database;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetRole;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.Session;

/**
 * The parts of the inventory a figure needs, loaded for a whole scope with one query each (targets, cabinets,
 * rooms, sites): never a query per cabinet.
 */
record Topology(List<TargetRow> targets, List<CabinetRow> cabinets, List<RoomRow> rooms, List<SiteRow> sites) {

    /** An enabled target and where it is. */
    record TargetRow(long id, String name, TargetRole role, long siteId, Long roomId, Long cabinetId, Feed feed,
                     Integer breakerRatingA, int intervalSeconds) {
    }

    record CabinetRow(long id, String name, int contractedW, long roomId, String roomName, long siteId,
                      String rowName, int position) {
    }

    record RoomRow(long id, String name, long siteId) {
    }

    record SiteRow(long id, String name, BigDecimal designPue) {
    }

    static Topology load(Database db, LoadScope scope) {
        return db.read(session -> new Topology(targets(session, scope), cabinets(session, scope),
                rooms(session, scope), sites(session, scope)));
    }

    private static List<TargetRow> targets(Session session, LoadScope scope) {
        var query = session.createQuery("select new io.dcim.power.load.Topology$TargetRow(t.id, t.name, t.role, s.id,"
                        + " r.id, c.id, t.feed, t.breakerRatingA, t.intervalSeconds) from SnmpTarget t join t.site s"
                        + " left join t.room r left join t.cabinet c where t.enabled = true and "
                        // A cabinet on the target's own column, not the joined row's: H2 then finds its targets by
                        // the cabinet index instead of joining all 8,000 targets to site, room and cabinet first.
                        + scope.condition("s", "r", "t.cabinet") + " order by t.id", TargetRow.class);
        return bind(query, scope).getResultList();
    }

    private static List<CabinetRow> cabinets(Session session, LoadScope scope) {
        var query = session.createQuery("select new io.dcim.power.load.Topology$CabinetRow(c.id, c.name, c.contractedW,"
                        + " r.id, r.name, s.id, w.name, c.position) from Cabinet c join c.room r join r.site s"
                        + " join c.row w where " + scope.condition("s", "r", "c")
                        + " order by s.id, r.sortKey, r.name, w.position, c.position", CabinetRow.class);
        return bind(query, scope).getResultList();
    }

    private static List<RoomRow> rooms(Session session, LoadScope scope) {
        if (scope.level() == LoadScope.Level.CABINET) {
            return List.of();
        }
        var query = session.createQuery("select new io.dcim.power.load.Topology$RoomRow(r.id, r.name, s.id)"
                + " from Room r join r.site s where " + scope.condition("s", "r", "r") + " order by r.sortKey, r.name", RoomRow.class);
        return bind(query, scope).getResultList();
    }

    private static List<SiteRow> sites(Session session, LoadScope scope) {
        if (scope.level() == LoadScope.Level.CABINET || scope.level() == LoadScope.Level.ROOM) {
            return List.of();
        }
        var query = session.createQuery("select new io.dcim.power.load.Topology$SiteRow(s.id, s.name, s.designPue)"
                + " from Site s where " + scope.condition("s", "s", "s") + " order by s.name", SiteRow.class);
        return bind(query, scope).getResultList();
    }

    private static <T> org.hibernate.query.SelectionQuery<T> bind(org.hibernate.query.SelectionQuery<T> query,
                                                                   LoadScope scope) {
        return scope.id() == null ? query : query.setParameter("scopeId", scope.id());
    }
}
