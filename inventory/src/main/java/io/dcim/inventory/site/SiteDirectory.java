package io.dcim.inventory.site;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * What other modules ask about sites, answered here: no query outside inventory names a site's fields, so renaming
 * one breaks this class's tests, not another module at run time (DESIGN.md, "published queries").
 */
public final class SiteDirectory {

    /** A site as figures need it: its zone for dates and its design PUE for facility power. */
    public record SiteFacts(long id, String name, String timeZone, BigDecimal designPue) {
    }

    private static final String SELECT = "select new io.dcim.inventory.site.SiteDirectory$SiteFacts(s.id, s.name,"
            + " s.timeZone, s.designPue)";

    private SiteDirectory() {
    }

    /** Every site, by name. */
    public static List<SiteFacts> all(Session session) {
        return session.createQuery(SELECT + " from Site s order by s.name", SiteFacts.class).getResultList();
    }

    public static Optional<SiteFacts> find(Session session, long siteId) {
        return session.createQuery(SELECT + " from Site s where s.id = :id", SiteFacts.class).setParameter("id", siteId)
                .getResultStream().findFirst();
    }

    public static Optional<SiteFacts> named(Session session, String name) {
        return session.createQuery(SELECT + " from Site s where s.name = :name", SiteFacts.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    /** The site the room is in; empty for an unknown room. */
    public static Optional<SiteFacts> ofRoom(Session session, long roomId) {
        return session.createQuery(SELECT + " from Room r join r.site s where r.id = :id", SiteFacts.class)
                .setParameter("id", roomId).getResultStream().findFirst();
    }

    /** The site's grid emission factor in kg CO2 per kWh; empty for an unknown site or one without a factor. */
    public static Optional<BigDecimal> gridEmissionKgPerKwh(Session session, long siteId) {
        return session.createQuery("select s.gridEmissionKgPerKwh from Site s where s.id = :id", BigDecimal.class)
                .setParameter("id", siteId).getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Site id → name, for lists that show the names of the sites their rows belong to. */
    public static Map<Long, String> names(Session session) {
        return session.createQuery("select s.id, s.name from Site s", Object[].class).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }
}
