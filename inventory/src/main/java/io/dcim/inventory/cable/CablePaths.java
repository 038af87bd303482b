package io.dcim.inventory.cable;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.port.PortKind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * Published query: every installed path of a site from an active port (a NIC, a switch port) to the
 * active port at its far end, through patch panels (front → rear → trunk → rear → front), the same way
 * {@link CableTrace} follows one port. Traced in memory from two queries (the installed cables' ends with
 * their ports, the panel fronts behind those ports), so a site of 100,000 cables costs two round trips, not
 * one query per hop. A breakout splits its A port into one logical port per lane, named as switches name a
 * split port ({@code p1/1}, {@code p1/2}, …; {@link #lanePort}): each lane is a path of its own between that
 * logical port and the lane's B port, which is what LLDP hears on either side.
 */
public final class CablePaths {

    private static final int MAX_HOPS = 32;

    private final Database db;

    public CablePaths(Database db) {
        this.db = db;
    }

    /**
     * A path seen from one of its ends: the cable plugged into {@code port}, and the far end where the path
     * stops. {@code complete} is false when the path stops inside a patch panel (a position not patched on
     * the other side), in which case the far end is that panel position.
     */
    public record Path(long cableId, String label, long portId, String device, String port, String farDevice,
            String farPort,
            boolean throughPanel, boolean complete) implements Serializable {
    }

    private record PortAt(long id, String device, String name, PortKind kind, Long rear, Integer rearPosition) {
    }

    /** One plugged end: {@code lanes} is the cable's (1, or a breakout's 2 or 4), {@code lane} this end's. */
    private record EndAt(long cableId, String label, PortAt port, boolean sideA, int lane, int lanes) {

        boolean breakoutHead() {
            return lanes > 1 && sideA;
        }
    }

    /** The logical port a breakout makes of lane {@code lane} of its A port, as the switch names it. */
    public static String lanePort(String port, int lane) {
        return port + "/" + lane;
    }

    /** Each installed path once from each active end, in no particular order. */
    public List<Path> installed(long siteId) {
        return db.read(session -> {
            Map<Long, List<EndAt>> byCable = new HashMap<>();
            Map<Long, EndAt> byPort = new HashMap<>();
            for (Object[] row : session.createQuery("select k.id, k.label, p.id, coalesce(d.name, d.assetTag), p.name,"
                            + " p.kind, p.rearPort.id, p.rearPosition, e.side, e.lane, k.lanes from CableEnd e join e.cable k"
                            + " join e.port p join p.device d where k.site.id = :site and k.status = :installed",
                            Object[].class)
                    .setParameter("site", siteId).setParameter("installed", CableStatus.INSTALLED).getResultList()) {
                EndAt end = new EndAt((Long) row[0], (String) row[1], new PortAt((Long) row[2], (String) row[3],
                        (String) row[4], (PortKind) row[5], (Long) row[6], (Integer) row[7]), "A".equals(row[8]),
                        (Integer) row[9], (Integer) row[10]);
                byCable.computeIfAbsent(end.cableId(), c -> new ArrayList<>(2)).add(end);
                byPort.put(end.port().id(), end);
            }
            Map<String, PortAt> frontBehind = frontsBehind(session, siteId);
            List<Path> paths = new ArrayList<>();
            for (EndAt start : byPort.values()) {
                if (start.port().kind().isPassive()) {
                    continue;
                }
                if (start.breakoutHead()) {
                    for (int lane = 1; lane <= start.lanes(); lane++) {
                        paths.add(follow(lane(start, lane), byCable, byPort, frontBehind));
                    }
                } else {
                    paths.add(follow(start, byCable, byPort, frontBehind));
                }
            }
            return paths;
        });
    }

    /** Panel fronts wired behind to a rear port that holds an installed cable, by rear port and position. */
    private static Map<String, PortAt> frontsBehind(Session session, long siteId) {
        Map<String, PortAt> fronts = new HashMap<>();
        for (Object[] row : session.createQuery("select f.id, coalesce(d.name, d.assetTag), f.name, f.kind, f.rearPort.id,"
                        + " f.rearPosition from Port f join f.device d where f.rearPort.id in (select e.port.id from"
                        + " CableEnd e join e.cable k where k.site.id = :site and k.status = :installed)", Object[].class)
                .setParameter("site", siteId).setParameter("installed", CableStatus.INSTALLED).getResultList()) {
            PortAt front = new PortAt((Long) row[0], (String) row[1], (String) row[2], (PortKind) row[3], (Long) row[4],
                    (Integer) row[5]);
            fronts.put(front.rear() + "/" + front.rearPosition(), front);
        }
        return fronts;
    }

    /**
     * Crossing a panel: at a front, on to the rear behind it, remembering the position (fibre pair); at a
     * rear reached over a trunk, on to the front on that position. A path that stops in a panel (nothing
     * patched on, or a loop) ends at the last panel port reached: the front where a patch is missing.
     */
    private static Path follow(EndAt start, Map<Long, List<EndAt>> byCable, Map<Long, EndAt> byPort,
            Map<String, PortAt> frontBehind) {
        Set<Long> visited = new HashSet<>();
        visited.add(start.port().id());
        EndAt near = start;
        Integer position = null;
        PortAt arrived = farEnd(near, byCable);
        boolean throughPanel = arrived.kind().isPassive();
        for (int hop = 0; hop < MAX_HOPS && arrived.kind().isPassive(); hop++) {
            PortAt stop = arrived;
            Long next = null;
            if (arrived.rear() != null) {
                position = arrived.rearPosition();
                next = arrived.rear();
            } else if (arrived.kind().isPanelRear() && position != null) {
                PortAt front = frontBehind.get(arrived.id() + "/" + position);
                if (front != null) {
                    next = front.id();
                    stop = front;
                }
                position = null;
            }
            near = next == null || !visited.add(next) ? null : byPort.get(next);
            if (near == null) {
                return path(start, stop, throughPanel, false);
            }
            arrived = farEnd(near, byCable);
        }
        return path(start, arrived, throughPanel, !arrived.kind().isPassive());
    }

    private static Path path(EndAt start, PortAt far, boolean throughPanel, boolean complete) {
        return new Path(start.cableId(), start.label(), start.port().id(), start.port().device(), start.port().name(),
                far.device(),
                far.name(), throughPanel, complete);
    }

    /** A breakout's A end seen as the logical port of one lane. */
    private static EndAt lane(EndAt head, int lane) {
        PortAt p = head.port();
        return new EndAt(head.cableId(), head.label(), new PortAt(p.id(), p.device(), lanePort(p.name(), lane), p.kind(),
                p.rear(), p.rearPosition()), true, lane, head.lanes());
    }

    /** The other end of the cable: across a breakout, a lane's B port and the A port's logical port of that lane. */
    private static PortAt farEnd(EndAt near, Map<Long, List<EndAt>> byCable) {
        for (EndAt end : byCable.get(near.cableId())) {
            if (near.lanes() == 1 && end.port().id() != near.port().id()) {
                return end.port();
            }
            if (near.lanes() > 1 && end.sideA() != near.sideA() && (!near.sideA() || end.lane() == near.lane())) {
                return end.sideA() ? lane(end, near.lane()).port() : end.port();
            }
        }
        return null;
    }
}
