package io.dcim.power.load;

import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cabinet.CabinetDirectory;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.RoomDirectory;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteDirectory;
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

    /** The cabinet of a topology loaded for {@code LoadScope.cabinet(cabinetId)}: not found when there is none. */
    CabinetRow theCabinet(long cabinetId) {
        return theOne(cabinets, Message.noun(Cabinet.class, "cabinet"), cabinetId);
    }

    /** The room of a topology loaded for {@code LoadScope.room(roomId)}: not found when there is none. */
    RoomRow theRoom(long roomId) {
        return theOne(rooms, Message.noun(Room.class, "room"), roomId);
    }

    /** The site of a topology loaded for {@code LoadScope.site(siteId)}: not found when there is none. */
    SiteRow theSite(long siteId) {
        return theOne(sites, Message.noun(Site.class, "site"), siteId);
    }

    private static <T> T theOne(List<T> rows, Message noun, long id) {
        if (rows.isEmpty()) {
            throw new NotFoundException(noun, id);
        }
        return rows.get(0);
    }

    private static List<TargetRow> targets(Session session, LoadScope scope) {
        // The target's own site, room and cabinet columns: no join into the inventory, and H2 finds a cabinet's
        // targets by the cabinet index instead of joining all 8,000 targets to site, room and cabinet first.
        var query = session.createQuery("select new io.dcim.power.load.Topology$TargetRow(t.id, t.name, t.role,"
                        + " t.site.id, t.room.id, t.cabinet.id, t.feed, t.breakerRatingA, t.intervalSeconds)"
                        + " from SnmpTarget t where t.enabled = true and "
                        + scope.condition("t.site.id", "t.room.id", "t.cabinet.id") + " order by t.id", TargetRow.class);
        return bind(query, scope).getResultList();
    }

    private static List<CabinetRow> cabinets(Session session, LoadScope scope) {
        List<CabinetDirectory.Placement> placements = switch (scope.level()) {
            case ALL -> CabinetDirectory.all(session);
            case SITE -> CabinetDirectory.inSite(session, scope.id());
            case ROOM -> CabinetDirectory.inRoom(session, scope.id());
            case CABINET -> CabinetDirectory.byId(session, scope.id());
        };
        return placements.stream().map(c -> new CabinetRow(c.id(), c.name(), c.contractedW(), c.roomId(), c.roomName(),
                c.siteId(), c.rowName(), c.position())).toList();
    }

    private static List<RoomRow> rooms(Session session, LoadScope scope) {
        List<RoomDirectory.RoomFacts> rooms = switch (scope.level()) {
            case CABINET -> List.of();
            case ROOM -> RoomDirectory.byId(session, scope.id());
            case SITE -> RoomDirectory.inSite(session, scope.id());
            case ALL -> RoomDirectory.all(session);
        };
        return rooms.stream().map(r -> new RoomRow(r.id(), r.name(), r.siteId())).toList();
    }

    private static List<SiteRow> sites(Session session, LoadScope scope) {
        return switch (scope.level()) {
            case CABINET, ROOM -> List.of();
            case SITE -> SiteDirectory.find(session, scope.id()).map(Topology::site).stream().toList();
            case ALL -> SiteDirectory.all(session).stream().map(Topology::site).toList();
        };
    }

    static SiteRow site(SiteDirectory.SiteFacts site) {
        return new SiteRow(site.id(), site.name(), site.designPue());
    }

    private static <T> org.hibernate.query.SelectionQuery<T> bind(org.hibernate.query.SelectionQuery<T> query,
                                                                   LoadScope scope) {
        return scope.id() == null ? query : query.setParameter("scopeId", scope.id());
    }
}
