package io.dcim.forecasting.usage;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.site.SiteDirectory;
import io.dcim.inventory.transfer.RowProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.hibernate.Session;

/**
 * Imports Slurm job accounting ({@code sacct --parsable2} output) all or nothing, reading the file line by line
 * (it is never held whole in memory): each finished job is recorded once by cluster and job id, so a re-import
 * of an overlapping file adds nothing, and its cards and cores × seconds are added to the daily aggregate of its
 * site (from its partition), GPU class and tenant (from its account), split at each midnight of the site's time
 * zone (sacct prints the cluster's local time, taken as the site's). One transaction as the device import: when
 * any line is refused the transaction is rolled back and the report lists every refused line.
 */
public final class SacctImport {

    /** Beyond this many, refused lines are counted but not listed: the first ones say what is wrong. */
    public static final int MAX_PROBLEMS_LISTED = 1_000;
    private static final int PROGRESS_EVERY_LINES = 5_000;

    private final Database db;

    public SacctImport(Database db) {
        this.db = db;
    }

    /** Checks every line against the mappings and the jobs already imported; writes nothing. */
    public UsageImportReport check(InputStream in, IntConsumer progress) {
        return run(in, false, progress);
    }

    /** Imports every job, or none when any line is refused. */
    public UsageImportReport apply(InputStream in, IntConsumer progress) {
        return run(in, true, progress);
    }

    private UsageImportReport run(InputStream in, boolean write, IntConsumer progress) {
        try {
            return db.inTransaction(session -> {
                UsageImportReport report = session.doReturningWork(c -> read(session, c, in, progress, write));
                if (!report.written()) {
                    throw new Discard(report);
                }
                return report;
            });
        } catch (Discard discarded) {
            return discarded.report;
        }
    }

    private UsageImportReport read(Session session, Connection c, InputStream in, IntConsumer progress, boolean write)
            throws SQLException {
        Mappings mappings = Mappings.load(session);
        Counts counts = new Counts();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String headerLine = reader.readLine();
            counts.lines = headerLine == null ? 0 : 1;
            if (headerLine == null || headerLine.isBlank()) {
                counts.refuse(new RowProblem(1, null, Message.of("forecasting.usage.noHeader")));
                return counts.report(false);
            }
            SacctLine header = new SacctLine(List.of(SacctLine.split(stripBom(headerLine))));
            for (String missing : header.missingColumns()) {
                counts.refuse(new RowProblem(1, missing, Message.of("forecasting.usage.missingColumn", missing)));
            }
            if (counts.refused > 0) {
                return counts.report(false);
            }
            JobWriter jobs = new JobWriter(c, db.kind());
            String line;
            while ((line = reader.readLine()) != null) {
                int number = ++counts.lines;
                if (!line.isBlank()) {
                    take(header, mappings, jobs, counts, number, line);
                }
                if (number % PROGRESS_EVERY_LINES == 0) {
                    progress.accept(number);
                }
            }
            jobs.flush();
            counts.added = jobs.added();
            counts.alreadyImported = jobs.alreadyImported();
            counts.cardSeconds = jobs.days().cardSeconds();
            counts.coreSeconds = jobs.days().coreSeconds();
            progress.accept(counts.lines);
            boolean valid = counts.refused == 0;
            if (valid && write) {
                jobs.days().write(c);
            }
            return counts.report(valid && write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void take(SacctLine header, Mappings mappings, JobWriter jobs, Counts counts, int number, String line)
            throws SQLException {
        try {
            SacctLine.Job job = header.parse(line);
            if (job == null) {
                counts.leftOut(header.kind() == SacctLine.Kind.STEP);
                return;
            }
            Mappings.Target target = mappings.target(job);
            jobs.add(job, target);
        } catch (InvalidValueException e) {
            counts.refuse(new RowProblem(number, e.field(), e.why()));
        }
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** Where a job counts: the site and class of its partition, the tenant of its account, the site's clock. */
    static final class Mappings {

        /** Equal for every job counted in the same usage_day rows (one clock per site). */
        record Target(long siteId, SiteClock clock, String gpuClass, long tenantId) {
        }

        private record Route(String cluster, String partition, String account) {
        }

        private final Map<String, Long> tenants = new HashMap<>();
        private final Map<String, long[]> partitions = new HashMap<>();
        private final Map<String, String> classes = new HashMap<>();
        private final Map<Long, SiteClock> clocks = new HashMap<>();
        private final Map<Route, Target> targets = new HashMap<>();

        static Mappings load(Session session) {
            Mappings m = new Mappings();
            for (AccountMapping a : session.createQuery("from AccountMapping", AccountMapping.class).getResultList()) {
                m.tenants.put(a.getCluster() + '|' + a.getAccount(), a.getTenantId());
            }
            for (PartitionMapping p : session.createQuery("from PartitionMapping", PartitionMapping.class).getResultList()) {
                String key = p.getCluster() + '|' + p.getPartition();
                m.partitions.put(key, new long[] {p.getSiteId()});
                m.classes.put(key, p.getGpuClass());
            }
            for (SiteDirectory.SiteFacts s : SiteDirectory.all(session)) {
                m.clocks.put(s.id(), new SiteClock(ZoneId.of(s.timeZone())));
            }
            return m;
        }

        Target target(SacctLine.Job job) {
            Route route = new Route(job.cluster(), job.partition(), job.account());
            Target known = targets.get(route);
            if (known != null) {
                return known;
            }
            String partitionKey = job.cluster() + '|' + job.partition();
            long[] site = partitions.get(partitionKey);
            if (site == null) {
                throw new InvalidValueException(SacctLine.PARTITION, Message.of("forecasting.usage.unmappedPartition",
                        job.partition(), job.cluster()));
            }
            Long tenant = tenants.get(job.cluster() + '|' + job.account());
            if (tenant == null) {
                throw new InvalidValueException(SacctLine.ACCOUNT, Message.of("forecasting.usage.unmappedAccount",
                        job.account(), job.cluster()));
            }
            Target t = new Target(site[0], clocks.get(site[0]), classes.get(partitionKey), tenant);
            targets.put(route, t);
            return t;
        }
    }

    private static final class Counts {
        int lines;
        int added;
        int alreadyImported;
        int steps;
        int notFinished;
        int refused;
        long cardSeconds;
        long coreSeconds;
        final List<RowProblem> problems = new ArrayList<>();

        void refuse(RowProblem problem) {
            refused++;
            if (problems.size() < MAX_PROBLEMS_LISTED) {
                problems.add(problem);
            }
        }

        void leftOut(boolean step) {
            if (step) {
                steps++;
            } else {
                notFinished++;
            }
        }

        UsageImportReport report(boolean written) {
            return new UsageImportReport(lines, refused == 0 ? added : 0, alreadyImported, steps, notFinished, refused,
                    List.copyOf(problems), Hours.of(cardSeconds), Hours.of(coreSeconds), written);
        }
    }

    /** Carries the report out of the transaction it rolls back. */
    private static final class Discard extends RuntimeException {
        private final transient UsageImportReport report;

        Discard(UsageImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }
}
