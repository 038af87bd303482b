package io.dcim.inventory.cable;

import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.port.Port;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Follows cables from a port to the far end. Arriving at a patch panel's front port, the path
 * continues from the rear port behind it, remembering the position (fibre pair); arriving at a
 * rear port over a trunk, it continues from the front port on that same position. A loop (a
 * miswired panel) stops the trace instead of spinning.
 */
public final class CableTrace {

    private static final int MAX_HOPS = 32;

    private final Database db;

    public CableTrace(Database db) {
        this.db = db;
    }

    public Trace from(long portId) {
        return db.read(session -> {
            Port start = Lookup.existing(session, Port.class, portId, "port");
            List<TraceHop> hops = new ArrayList<>();
            Set<Long> visited = new HashSet<>();
            Port current = start;
            Integer position = null;
            while (current != null && hops.size() < MAX_HOPS && visited.add(current.getId())) {
                CableEnd end = endOn(session, current);
                if (end == null) {
                    break;
                }
                List<Port> far = farPorts(session, end);
                hops.add(new TraceHop(PortRef.of(current), end.getCable().getId(), end.getCable().getLabel(),
                        end.getCable().getType(), end.getCable().getStatus(), far.stream().map(PortRef::of).toList()));
                if (far.size() != 1) {
                    break;
                }
                Port arrived = far.get(0);
                if (arrived.getRearPort() != null) {
                    position = arrived.getRearPosition();
                    current = arrived.getRearPort();
                } else if (arrived.getKind().isPanelRear() && position != null) {
                    current = frontOn(session, arrived, position);
                    position = null;
                } else {
                    current = null;
                }
            }
            return new Trace(PortRef.of(start), hops);
        });
    }

    private static CableEnd endOn(Session session, Port port) {
        return session.createQuery("select e from CableEnd e join fetch e.cable where e.port = :p", CableEnd.class)
                .setParameter("p", port).uniqueResult();
    }

    private static List<Port> farPorts(Session session, CableEnd end) {
        return session.createQuery("select p from CableEnd f join f.port p join fetch p.device"
                        + " where f.cable = :c and f.side <> :side order by f.lane", Port.class)
                .setParameter("c", end.getCable()).setParameter("side", end.getSide()).getResultList();
    }

    private static Port frontOn(Session session, Port rear, int position) {
        return session.createQuery("select p from Port p join fetch p.device where p.rearPort = :r and p.rearPosition = :pos",
                Port.class).setParameter("r", rear).setParameter("pos", position).uniqueResult();
    }
}
