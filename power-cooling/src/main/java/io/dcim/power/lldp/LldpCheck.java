package io.dcim.power.lldp;

import static io.dcim.common.access.Permission.CABLE_EDIT;
import static io.dcim.common.access.Permission.READ;

import io.dcim.common.access.Caller;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cable.CablingCheck;
import io.dcim.inventory.cable.CablingReport;
import io.dcim.inventory.cable.CheckFacade;
import io.dcim.inventory.cable.CheckSource;
import io.dcim.inventory.cable.IbNetDiscover;
import io.dcim.power.alarm.AlarmService;
import io.dcim.inventory.cable.SeenLink;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.snmp.PollResult;
import io.dcim.power.snmp.PollTarget;
import io.dcim.power.snmp.SnmpPoller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A site's cabling check against LLDP: walks every registered switch of the site with the SNMP poller at
 * once, and compares the links they see with the recorded cabling. A switch that does not answer is left
 * out of the comparison (its ports would all read MISSING); {@link Result#silent()} names it. {@link #check}
 * reads only, so it needs {@code read}; {@link #record} keeps the result as the site's last check and brings the
 * site's cabling alarms in line with it (a Quartz job does so every few minutes, {@link CablingCheckJob}).
 */
public final class LldpCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Database db;
    private final SnmpPoller poller;
    private final LldpSources sources;
    private final CheckFacade checks;
    private final AlarmService alarms;
    private final Clock clock;

    public LldpCheck(Database db, SnmpPoller poller, LldpSources sources, AlarmService alarms, Clock clock) {
        this.alarms = alarms;
        this.db = db;
        this.checks = new CheckFacade(db, clock);
        this.clock = clock;
        this.poller = poller;
        this.sources = sources;
    }

    /** The check, and the switches that did not answer. */
    public record Result(CablingReport report, int switchesRead, List<String> silent) {
    }

    public Result check(Caller caller, long siteId) {
        caller.require(READ);
        Read read = read(siteId);
        return new Result(new CablingCheck(db).check(siteId, read.answered(), read.seen()), read.answered().size(),
                read.silent());
    }

    /**
     * Reads the switches now and keeps the comparison as the site's last check (inventory's {@link CheckFacade},
     * which needs {@code cable.edit}: the scheduled job holds it as the system caller).
     */
    public Result record(Caller caller, long siteId) {
        caller.require(CABLE_EDIT);
        Read read = read(siteId);
        Instant now = clock.instant();
        CablingReport report = checks.record(caller, siteId, new CheckFacade.Reading(CheckSource.LLDP, now,
                read.answered(), read.silent(), read.seen()));
        alarms.applyCablingCheck(siteId, report, now);
        return new Result(report, read.answered().size(), read.silent());
    }

    /**
     * The check's other source, for InfiniBand fabrics whose switches are not polled: an {@code ibnetdiscover}
     * output compared and kept as the site's last check, with the same alarms as a read of the switches.
     */
    public CablingReport recordIbNetDiscover(Caller caller, long siteId, String text, IbNetDiscover.Naming naming) {
        CablingReport report = checks.recordIbNetDiscover(caller, siteId, text, naming);
        alarms.applyCablingCheck(siteId, report, clock.instant());
        return report;
    }

    /** The sites that have switches to read: what the scheduled check walks. */
    public java.util.Set<Long> sites() {
        return sources.sites();
    }

    private record Read(List<String> answered, List<String> silent, List<SeenLink> seen) {
    }

    private Read read(long siteId) {
        List<LldpTarget> targets = sources.of(siteId);
        List<CompletableFuture<PollResult>> polls = targets.stream().map(t -> poller.poll(new PollTarget(t.device(),
                t.address(), t.credentials(), TIMEOUT, 1, List.of(), LldpMib.columns()))).toList();
        List<SeenLink> seen = new ArrayList<>();
        List<String> answered = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            PollResult result = polls.get(i).join();
            String device = targets.get(i).device();
            if (result.outcome() == PollOutcome.OK || result.outcome() == PollOutcome.PARTIAL) {
                answered.add(device);
                seen.addAll(LldpMib.seen(device, result.values()));
            } else {
                silent.add(device);
            }
        }
        return new Read(answered, silent, seen);
    }
}
