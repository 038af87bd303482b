package io.dcim.inventory.cable;

import io.dcim.common.paging.Like;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.site.Site;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Each site's latest cabling check, kept so the console pages through its findings in the database, the
 * installers' work list and the alarms read the same result, and readers see when the links were read.
 * A new check replaces the site's last one.
 */
public final class CheckRuns {

    private static final int FLUSH_EVERY = 1_000;

    private static final SortColumns SORT = new SortColumns("outcome", "f.id", Map.of(
            "outcome", "f.outcome, f.device, f.port",
            "device", "f.device, f.port",
            "cable", "f.cableLabel"));

    private final Database db;

    public CheckRuns(Database db) {
        this.db = db;
    }

    /** When and from what a site's last check read its links, and what it counted. */
    public record Summary(long siteId, Instant checkedAt, CheckSource source, int devicesRead, List<String> silent,
            Map<CheckOutcome, Long> counts) implements Serializable {

        public long notOk() {
            return counts.entrySet().stream().filter(e -> e.getKey() != CheckOutcome.OK).mapToLong(Map.Entry::getValue)
                    .sum();
        }
    }

    /** Findings of one outcome, of devices whose name contains {@code device}; either may be null. */
    public record FindingFilter(CheckOutcome outcome, String device) implements Serializable {

        public static FindingFilter all() {
            return new FindingFilter(null, null);
        }
    }

    /** Replaces the site's last check with this one, in the caller's transaction. */
    void record(Session session, long siteId, CheckSource source, Instant checkedAt, int devicesRead,
            List<String> silent, CablingReport report) {
        session.createMutationQuery("delete from CheckRunFinding f where f.run.id in"
                + " (select r.id from CheckRun r where r.site.id = :site)").setParameter("site", siteId).executeUpdate();
        session.createMutationQuery("delete from CheckRun r where r.site.id = :site").setParameter("site", siteId)
                .executeUpdate();
        CheckRun run = new CheckRun(session.getReference(Site.class, siteId), checkedAt, source, devicesRead, silent,
                report.counts());
        session.persist(run);
        int written = 0;
        for (CheckFinding finding : report.findings()) {
            session.persist(new CheckRunFinding(run, finding));
            if (++written % FLUSH_EVERY == 0) {
                session.flush();
                session.clear();
                run = session.getReference(CheckRun.class, run.getId());
            }
        }
    }

    public Optional<Summary> latest(long siteId) {
        return db.read(session -> session.createQuery("from CheckRun r where r.site.id = :site", CheckRun.class)
                .setParameter("site", siteId).uniqueResultOptional().map(r -> new Summary(siteId, r.getCheckedAt(),
                        r.getSource(), r.getDevicesRead(), r.getSilent(), r.getCounts())));
    }

    /** The last check's findings, filtered, one page, paged in the database (none before the first check). */
    public Page<CheckFinding> findings(long siteId, FindingFilter filter, PageRequest request) {
        return db.read(session -> query(siteId, filter).fetch(session, request));
    }

    /** Every finding of the last check in outcome, device and port order: the installers' work list. */
    public List<CheckFinding> allFindings(long siteId) {
        return db.read(session -> session.createQuery(SELECT + " " + FROM + " where r.site.id = :site"
                + " order by f.outcome, f.device, f.port", CheckFinding.class).setParameter("site", siteId)
                .getResultList());
    }

    private static final String SELECT = "select new io.dcim.inventory.cable.CheckFinding(f.outcome, f.device, f.port,"
            + " f.cableId, f.cableLabel, f.expectedDevice, f.expectedPort, f.seenDevice, f.seenPort, f.portId)";
    private static final String FROM = "from CheckRunFinding f join f.run r";

    private static PagedQuery<CheckFinding> query(long siteId, FindingFilter filter) {
        return new PagedQuery<>(CheckFinding.class, SELECT, FROM, "f.id", SORT)
                .where("r.site.id = :site", "site", siteId)
                .where("f.outcome = :outcome", "outcome", filter.outcome())
                .where("upper(f.device) like :device", "device", Like.contains(filter.device()));
    }
}
