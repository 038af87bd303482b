package io.dcim.power.remote;

import io.dcim.common.paging.Like;
import io.dcim.inventory.cabinet.CabinetJoin;
import io.dcim.power.collect.Protocol;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;

/**
 * The targets a collector may be given, for the console to pick from rather than type ids: a site's targets whose
 * name or host contains the text typed, the ones already chosen first (so a search never hides a choice made), by
 * name, at most {@code limit} besides the chosen.
 */
final class TargetChoices {

    /** The cabinet's name through the join inventory offers, not the target's association to its entity. */
    private static final CabinetJoin CABINET = CabinetJoin.as("c");

    private TargetChoices() {
    }

    static CollectorFacade.TargetChoicePage find(Session session, long siteId, String text, Collection<Long> chosen, int limit) {
        String pattern = Like.contains(text);
        List<TargetChoice> out = new ArrayList<>();
        if (!chosen.isEmpty()) {
            out.addAll(rows(session, siteId, "t.id in (:chosen)", null, chosen, Integer.MAX_VALUE));
        }
        // Clauses left out rather than ":p is null": PostgreSQL cannot type a null parameter there.
        String matching = (pattern == null ? "1 = 1" : "(upper(t.name) like :p or upper(t.host) like :p)")
                + (chosen.isEmpty() ? "" : " and t.id not in (:chosen)");
        out.addAll(rows(session, siteId, matching, pattern, chosen, limit));
        var count = session.createQuery("select count(t) from SnmpTarget t where t.site.id = :s and " + matching,
                Long.class).setParameter("s", siteId);
        if (pattern != null) {
            count.setParameter("p", pattern);
        }
        if (!chosen.isEmpty()) {
            count.setParameterList("chosen", chosen);
        }
        long matches = count.getSingleResult();
        return new CollectorFacade.TargetChoicePage(out, Math.max(0, matches - limit));
    }

    private static List<TargetChoice> rows(Session session, long siteId, String where, String pattern,
                                           Collection<Long> chosen, int limit) {
        var query = session.createQuery("select t.id, t.name, t.protocol, t.host, t.port, " + CABINET.name()
                + ", t.collectorId from SnmpTarget t" + CABINET.leftOn("t.cabinet.id") + " where t.site.id = :s and "
                + where
                + " order by upper(t.name), t.id", Object[].class).setParameter("s", siteId).setMaxResults(limit);
        if (where.contains(":p")) {
            query.setParameter("p", pattern);
        }
        if (where.contains(":chosen")) {
            query.setParameterList("chosen", chosen);
        }
        List<TargetChoice> out = new ArrayList<>();
        for (Object[] r : query.getResultList()) {
            String host = (String) r[3];
            out.add(new TargetChoice((Long) r[0], (String) r[1], ((Protocol) r[2]).name(),
                    (host.contains(":") ? "[" + host + "]" : host) + ":" + r[4], (String) r[5], (Long) r[6]));
        }
        return out;
    }
}
