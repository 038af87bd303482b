package io.dcim.inventory.gpu;

import java.util.List;
import org.hibernate.Session;

/** GPU cards counted in the database, for other modules' figures: never a card read one by one. */
public final class GpuCounts {

    /** The cards of one model at one site: all, in service, allocated to a tenant. */
    public record OfModelAtSite(long siteId, String modelName, long cards, long inService, long allocated) {
    }

    private GpuCounts() {
    }

    /** The site's cards in service. */
    public static long inServiceAtSite(Session session, long siteId) {
        return session.createQuery("select count(g) from Gpu g where g.site.id = :site and g.status = :status", Long.class)
                .setParameter("site", siteId).setParameter("status", GpuStatus.IN_SERVICE).getSingleResult();
    }

    /** Every site's cards by model (cards at no site are left out). */
    public static List<OfModelAtSite> bySiteAndModel(Session session) {
        return session.createQuery("select new io.dcim.inventory.gpu.GpuCounts$OfModelAtSite(g.site.id, m.name, count(g),"
                        + " sum(case when g.status = :status then 1 else 0 end),"
                        + " sum(case when g.tenant is not null then 1 else 0 end))"
                        + " from Gpu g join g.model m where g.site is not null group by g.site.id, m.name", OfModelAtSite.class)
                .setParameter("status", GpuStatus.IN_SERVICE).getResultList();
    }
}
