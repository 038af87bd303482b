package io.dcim.power.energy;

import io.dcim.power.endpoint.TargetRole;
import io.dcim.power.load.FacilitySource;
import java.util.List;
import org.hibernate.Session;

/**
 * The targets whose readings make a site's energy: every target of the site, enabled or not (a PDU switched off
 * for maintenance still delivered last month's energy).
 */
record SiteTargets(List<Row> rows) {

    record Row(long id, TargetRole role, Long cabinetId) {
    }

    static SiteTargets of(Session session, long siteId) {
        return new SiteTargets(session.createQuery("select new io.dcim.power.energy.SiteTargets$Row(t.id, t.role,"
                + " t.cabinet.id) from SnmpTarget t where t.site.id = :site order by t.id", Row.class)
                .setParameter("site", siteId).getResultList());
    }

    List<Long> ids(TargetRole role) {
        return rows.stream().filter(r -> r.role() == role).map(Row::id).toList();
    }

    /** As the site's load figures choose it: utility meters, else UPS inputs, else the design PUE. */
    FacilitySource facilitySource() {
        if (rows.stream().anyMatch(r -> r.role() == TargetRole.METER)) {
            return FacilitySource.METERS;
        }
        if (rows.stream().anyMatch(r -> r.role() == TargetRole.UPS)) {
            return FacilitySource.UPS_INPUT;
        }
        return FacilitySource.DESIGN_PUE;
    }
}
