package io.dcim.inventory.cable;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.port.PortKind;
import java.util.ArrayList;
import java.util.List;

/** Published query: a site's installed single-lane cables end to end, in label order. */
public final class CableLinks {

    private final Database db;

    public CableLinks(Database db) {
        this.db = db;
    }

    public List<RecordedLink> installed(long siteId) {
        return db.read(session -> {
            List<RecordedLink> links = new ArrayList<>();
            for (Object[] row : session.createQuery("select k.id, k.label, coalesce(da.name, da.assetTag), ma.kind, pa.name,"
                            + " coalesce(db.name, db.assetTag), mb.kind, pb.name, pa.kind, pb.kind from Cable k"
                            + " join CableEnd ea on ea.cable = k and ea.side = 'A' and ea.lane = 1 join ea.port pa"
                            + " join pa.device da join da.model ma"
                            + " join CableEnd eb on eb.cable = k and eb.side = 'B' and eb.lane = 1 join eb.port pb"
                            + " join pb.device db join db.model mb"
                            + " where k.site.id = :site and k.status = :installed and k.lanes = 1 order by k.labelKey",
                            Object[].class)
                    .setParameter("site", siteId).setParameter("installed", CableStatus.INSTALLED).getResultList()) {
                boolean panel = ((PortKind) row[8]).isPassive() || ((PortKind) row[9]).isPassive();
                links.add(new RecordedLink((Long) row[0], (String) row[1], (String) row[2], (DeviceKind) row[3],
                        (String) row[4], (String) row[5], (DeviceKind) row[6], (String) row[7], panel));
            }
            return links;
        });
    }
}
