package io.dcim.inventory.cable;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.port.PortKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Published query: a site's installed single-lane links end to end, in label order: a cable between two active
 * ports, and a path through patch panels (front, rear, trunk, rear, front) from an active port to the active port
 * at its far end, once, named by the cable at its first end ({@code throughPanel}). What two devices hear of each
 * other over LLDP; a path that stops inside a panel joins no two devices and is left out.
 */
public final class CableLinks {

    private final Database db;

    public CableLinks(Database db) {
        this.db = db;
    }

    public List<RecordedLink> installed(long siteId) {
        List<RecordedLink> links = new ArrayList<>();
        boolean panels = db.read(session -> {
            boolean anyPanel = false;
            for (Object[] row : session.createQuery("select k.id, k.label, coalesce(da.name, da.assetTag), ma.kind, pa.name,"
                            + " coalesce(db.name, db.assetTag), mb.kind, pb.name, pa.kind, pb.kind from Cable k"
                            + " join CableEnd ea on ea.cable = k and ea.side = 'A' and ea.lane = 1 join ea.port pa"
                            + " join pa.device da join da.model ma"
                            + " join CableEnd eb on eb.cable = k and eb.side = 'B' and eb.lane = 1 join eb.port pb"
                            + " join pb.device db join db.model mb"
                            + " where k.site.id = :site and k.status = :installed and k.lanes = 1 order by k.labelKey",
                            Object[].class)
                    .setParameter("site", siteId).setParameter("installed", CableStatus.INSTALLED).getResultList()) {
                if (((PortKind) row[8]).isPassive() || ((PortKind) row[9]).isPassive()) {
                    anyPanel = true;
                    continue;
                }
                links.add(new RecordedLink((Long) row[0], (String) row[1], (String) row[2], (DeviceKind) row[3],
                        (String) row[4], (String) row[5], (DeviceKind) row[6], (String) row[7], false));
            }
            return anyPanel;
        });
        if (panels) {
            links.addAll(throughPanels(siteId));
            links.sort(Comparator.comparing(link -> Cable.key(link.label())));
        }
        return links;
    }

    /** The complete paths through panels, each once (from its end that sorts first), with both devices' kinds. */
    private List<RecordedLink> throughPanels(long siteId) {
        Map<String, DeviceKind> kinds = new HashMap<>();
        db.read(session -> {
            session.createQuery("select distinct coalesce(d.name, d.assetTag), m.kind from CableEnd e join e.cable k"
                            + " join e.port p join p.device d join d.model m where k.site.id = :site and k.status = :installed",
                            Object[].class)
                    .setParameter("site", siteId).setParameter("installed", CableStatus.INSTALLED).getResultList()
                    .forEach(row -> kinds.put((String) row[0], (DeviceKind) row[1]));
            return null;
        });
        List<RecordedLink> links = new ArrayList<>();
        for (CablePaths.Path p : new CablePaths(db).installed(siteId)) {
            if (!p.throughPanel() || !p.complete()) {
                continue;
            }
            String near = p.device() + '\u0000' + p.port();
            String far = p.farDevice() + '\u0000' + p.farPort();
            if (near.compareTo(far) < 0) {
                links.add(new RecordedLink(p.cableId(), p.label(), p.device(), kinds.get(p.device()), p.port(),
                        p.farDevice(), kinds.get(p.farDevice()), p.farPort(), true));
            }
        }
        return links;
    }
}
