package io.dcim.inventory.cable;

import io.dcim.common.persistence.Database;
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
 * are expected (a planned cable is not there yet). A port cabled into a patch panel expects the far end of
 * the whole path through the panels ({@link CablePaths}), as that is what its neighbour reports; a path that
 * stops inside a panel expects that panel position, so whatever the port sees there is a finding. Names are
 * matched ignoring case, as devices report their names in any case.
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


    /**
     * @param reporting the devices whose reports were read (by name or asset tag): their recorded ports
     *                  are checked even when they report nothing, which is how a missing link shows
     */
    public CablingReport check(long siteId, Collection<String> reporting, Collection<SeenLink> seen) {
        Set<String> reporters = new HashSet<>();
        reporting.forEach(r -> reporters.add(r.strip().toUpperCase(Locale.ROOT)));
        Map<End, CablePaths.Path> expected = new HashMap<>();
        for (CablePaths.Path e : new CablePaths(db).installed(siteId)) {
            if (reporters.contains(e.device().strip().toUpperCase(Locale.ROOT))) {
                expected.put(End.of(e.device(), e.port()), e);
            }
        }
        Map<End, SeenLink> seenAt = new HashMap<>();
        seen.forEach(s -> seenAt.put(End.of(s.device(), s.port()), s));
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
                        e.farPort(), s == null ? null : s.remoteDevice(), s == null ? null : s.remotePort(), e.portId()));
            }
        });
        seenAt.forEach((end, s) -> {
            if (!expected.containsKey(end)) {
                counts.merge(CheckOutcome.UNEXPECTED, 1L, Long::sum);
                findings.add(new CheckFinding(CheckOutcome.UNEXPECTED, s.device(), s.port(), null, null, null, null,
                        s.remoteDevice(), s.remotePort(), null));
            }
        });
        findings.sort(Comparator.comparing(CheckFinding::outcome).thenComparing(CheckFinding::device)
                .thenComparing(CheckFinding::port));
        Set<Long> checked = new HashSet<>();
        expected.values().forEach(e -> checked.add(e.portId()));
        return new CablingReport(siteId, counts, findings, checked);
    }
}
