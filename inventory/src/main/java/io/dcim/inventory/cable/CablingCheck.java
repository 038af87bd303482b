package io.dcim.inventory.cable;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.port.PortKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares a site's recorded cabling with what its switches report, port by port of each reporting
 * device: OK, MISSING (recorded, not seen), MISWIRED (expected X, seen Y: a swapped pair or a cable to
 * the wrong rail's leaf) or UNEXPECTED (seen, not recorded). Only INSTALLED cables between active ports
 * are expected (a planned cable is not there yet); a port cabled into a patch panel is left out of the
 * check for now (what it sees is the far end of the path, which the check does not trace yet). Names are matched ignoring case, as devices report their names in any case.
 */
public final class CablingCheck {

    private final Database db;

    public CablingCheck(Database db) {
        this.db = db;
    }

    private record End(String device, String port) {
        static End of(String device, String port) {
            return new End(device.strip().toUpperCase(Locale.ROOT), port.strip().toUpperCase(Locale.ROOT));
        }
    }

    private record Expected(long cableId, String label, String device, String port, String farDevice, String farPort,
            boolean throughPanel) {
    }

    /**
     * @param reporting the devices whose reports were read (by name or asset tag): their recorded ports
     *                  are checked even when they report nothing, which is how a missing link shows
     */
    public CablingReport check(long siteId, Collection<String> reporting, Collection<SeenLink> seen) {
        Set<String> reporters = new HashSet<>();
        reporting.forEach(r -> reporters.add(r.strip().toUpperCase(Locale.ROOT)));
        Map<End, Expected> expected = new HashMap<>();
        Set<End> unchecked = new HashSet<>();
        for (Expected e : expectedLinks(siteId)) {
            if (reporters.contains(e.device().toUpperCase(Locale.ROOT))) {
                if (e.throughPanel()) {
                    unchecked.add(End.of(e.device(), e.port()));
                } else {
                    expected.put(End.of(e.device(), e.port()), e);
                }
            }
        }
        Map<End, SeenLink> seenAt = new HashMap<>();
        seen.stream().filter(s -> !unchecked.contains(End.of(s.device(), s.port())))
                .forEach(s -> seenAt.put(End.of(s.device(), s.port()), s));
        List<CheckFinding> findings = new ArrayList<>();
        Map<CheckOutcome, Long> counts = new EnumMap<>(CheckOutcome.class);
        for (CheckOutcome outcome : CheckOutcome.values()) {
            counts.put(outcome, 0L);
        }
        expected.forEach((end, e) -> {
            SeenLink s = seenAt.get(end);
            CheckOutcome outcome = s == null ? CheckOutcome.MISSING
                    : End.of(s.remoteDevice(), s.remotePort()).equals(End.of(e.farDevice(), e.farPort())) ? CheckOutcome.OK
                    : CheckOutcome.MISWIRED;
            counts.merge(outcome, 1L, Long::sum);
            if (outcome != CheckOutcome.OK) {
                findings.add(new CheckFinding(outcome, e.device(), e.port(), e.cableId(), e.label(), e.farDevice(),
                        e.farPort(), s == null ? null : s.remoteDevice(), s == null ? null : s.remotePort()));
            }
        });
        seenAt.forEach((end, s) -> {
            if (!expected.containsKey(end)) {
                counts.merge(CheckOutcome.UNEXPECTED, 1L, Long::sum);
                findings.add(new CheckFinding(CheckOutcome.UNEXPECTED, s.device(), s.port(), null, null, null, null,
                        s.remoteDevice(), s.remotePort()));
            }
        });
        findings.sort(Comparator.comparing(CheckFinding::outcome).thenComparing(CheckFinding::device)
                .thenComparing(CheckFinding::port));
        return new CablingReport(siteId, counts, findings);
    }

    /** Each installed cable between two active ports, once from each end. */
    private List<Expected> expectedLinks(long siteId) {
        return db.read(session -> {
            List<Expected> links = new ArrayList<>();
            for (Object[] row : session.createQuery("select k.id, k.label, coalesce(da.name, da.assetTag), pa.name,"
                            + " coalesce(db.name, db.assetTag), pb.name, pa.kind, pb.kind from Cable k"
                            + " join CableEnd ea on ea.cable = k and ea.side = 'A' and ea.lane = 1 join ea.port pa join pa.device da"
                            + " join CableEnd eb on eb.cable = k and eb.side = 'B' and eb.lane = 1 join eb.port pb join pb.device db"
                            + " where k.site.id = :site and k.status = :installed and k.lanes = 1", Object[].class)
                    .setParameter("site", siteId).setParameter("installed", CableStatus.INSTALLED).getResultList()) {
                long id = (Long) row[0];
                String label = (String) row[1];
                boolean panel = ((PortKind) row[6]).isPassive() || ((PortKind) row[7]).isPassive();
                links.add(new Expected(id, label, (String) row[2], (String) row[3], (String) row[4], (String) row[5], panel));
                links.add(new Expected(id, label, (String) row[4], (String) row[5], (String) row[2], (String) row[3], panel));
            }
            return links;
        });
    }
}
