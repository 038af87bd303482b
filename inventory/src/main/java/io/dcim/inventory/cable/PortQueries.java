package io.dcim.inventory.cable;

import io.dcim.common.persistence.Database;
import java.util.List;

/** A device's ports and what each is cabled to, in one query. */
public final class PortQueries {

    private final Database db;

    public PortQueries(Database db) {
        this.db = db;
    }

    public List<PortSummary> ofDevice(long deviceId) {
        return db.read(session -> session.createQuery(
                "select new io.dcim.inventory.cable.PortSummary(p.id, p.name, p.kind, p.breakout, k.id, k.label, k.type,"
                        + " k.status, k.lanes, fd.id, coalesce(fd.name, fd.assetTag), fp.name, k.version)"
                        + " from Port p left join CableEnd e on e.port = p left join e.cable k"
                        + " left join CableEnd f on f.cable = k and f.side <> e.side and f.lane = 1"
                        + " left join f.port fp left join fp.device fd"
                        + " where p.device.id = :d order by p.position", PortSummary.class)
                .setParameter("d", deviceId).getResultList());
    }
}
