package io.dcim.inventory.cable;

import static io.dcim.common.access.Permission.CABLE_EDIT;
import static io.dcim.common.access.Permission.READ;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.site.Site;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The cabling check's use cases: recording a check (the links read from the switches or from an
 * ibnetdiscover file, compared with the recorded cabling and kept as the site's last check) needs
 * {@code cable.edit}, which a scheduled job holds as the system caller; reading the last check, its
 * findings and the installers' work list needs {@code read}, as the cable list does.
 */
public final class CheckFacade {

    private final Database db;
    private final CablingCheck check;
    private final CheckRuns runs;

    private final Clock clock;

    public CheckFacade(Database db) {
        this(db, Clock.systemUTC());
    }

    public CheckFacade(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.check = new CablingCheck(db);
        this.runs = new CheckRuns(db);
    }

    /** What a check read: when, from what, which devices answered (and so were compared), which did not. */
    public record Reading(CheckSource source, Instant readAt, Collection<String> reporting, List<String> silent,
            Collection<SeenLink> seen) {
    }

    /** Compares and keeps the result as the site's last check, replacing the one before. */
    public CablingReport record(Caller caller, long siteId, Reading reading) {
        return UseCase.run(db, caller, CABLE_EDIT, session -> {
            Lookup.existing(session, Site.class, siteId, "site");
            CablingReport report = check.check(siteId, reading.reporting(), reading.seen());
            runs.record(session, siteId, reading.source(), reading.readAt(), reading.reporting().size(),
                    reading.silent(), report);
            return report;
        });
    }

    /**
     * Compares an InfiniBand fabric's {@code ibnetdiscover} output (every switch in it reporting its ports) with
     * the recorded cabling and keeps it as the site's last check; a file that is not such output is refused
     * naming {@code file}.
     */
    public CablingReport recordIbNetDiscover(Caller caller, long siteId, String text, IbNetDiscover.Naming naming) {
        caller.require(CABLE_EDIT);
        IbNetDiscover.Fabric fabric = IbNetDiscover.parse(text, naming);
        return record(caller, siteId, new Reading(CheckSource.IBNETDISCOVER, clock.instant(), fabric.switches(), List.of(),
                fabric.links()));
    }

    /** The site's last check: when and from what, and its counts; empty before the first. */
    public Optional<CheckRuns.Summary> last(Caller caller, long siteId) {
        caller.require(READ);
        return runs.latest(siteId);
    }

    public Page<CheckFinding> findings(Caller caller, long siteId, CheckRuns.FindingFilter filter, PageRequest request) {
        caller.require(READ);
        return runs.findings(siteId, filter, request);
    }

    /** Every finding of the last check, in outcome, device and port order. */
    public List<CheckFinding> workList(Caller caller, long siteId) {
        caller.require(READ);
        return runs.allFindings(siteId);
    }

    /** The installers' work list of the last check as XLSX, in the caller's language ({@link WorkListWorkbook}). */
    public void writeWorkList(Caller caller, long siteId, java.io.OutputStream out) {
        WorkListWorkbook.write(workList(caller, siteId), caller.locale(), out);
    }
}
