package io.dcim.power.polling;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.power.Closeables;
import io.dcim.power.PowerFixture;
import io.dcim.power.polling.SnmpSweeps.ThreeSweeps;
import io.dcim.power.profile.DeviceProfile;
import io.dcim.power.profile.Metrics;
import io.dcim.power.profile.MetricPoint;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.reading.PollStatus;
import io.dcim.power.reading.PollStatusStore;
import io.dcim.power.snmp.simulator.MetricSignal;
import io.dcim.power.snmp.simulator.ProfileDevices;
import io.dcim.power.snmp.simulator.SnmpSimulator;
import io.dcim.power.snmp.simulator.VirtualDevice;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.snmp.TestPollers;
import io.dcim.power.snmp.SnmpPoller;
import io.dcim.power.snmp.SnmpVersion;
import io.dcim.power.endpoint.TargetCredentials;
import io.dcim.power.endpoint.TargetView;
import io.dcim.power.endpoint.TargetsFixture;
import io.dcim.testing.BothDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/** Sweeps of stored targets over real UDP against the simulator, stored on H2 and PostgreSQL. */
class PollingServiceIT {

    private static final ProfileCatalog CATALOG = ProfileCatalog.builtIn();
    private static final DeviceProfile APC = CATALOG.get("apc-rpdu2");

    @AutoClose
    private final Closeables started = new Closeables();

    @BothDatabases
    void aSweepStoresTheGoodTargetsReadingsWhileASilentAndAGarbageTargetFail(Database db, TargetsFixture f) {
        SnmpSimulator sim = simulator(List.of(pdu("pdu-1"), pdu("pdu-2"), garbage("pdu-garbage")));
        SnmpSimulator silent = simulator(List.of(pdu("pdu-silent")));
        silent.setLossRate(1.0);
        TargetView good1 = target(f, sim, "pdu-1", 5);
        TargetView good2 = target(f, sim, "pdu-2", 5);
        TargetView garbage = target(f, sim, "pdu-garbage", 5);
        TargetView quiet = target(f, silent, "pdu-silent", 5);
        PollStatusStore statuses = new PollStatusStore(db);
        PollingService polling = polling(f, statuses, PollingSettings.DEFAULT);

        SweepReport report = polling.sweep(Instant.now());

        assertThat(report.skipped()).isFalse();
        assertThat(report.enabled()).isEqualTo(4);
        assertThat(report.due()).isEqualTo(4);
        assertThat(report.stored()).isEqualTo(4);
        assertThat(report.outcomes()).isEqualTo(Map.of(PollOutcome.OK, 2L, PollOutcome.TIMEOUT, 1L,
                PollOutcome.WRONG_TYPE, 1L));
        // Per PDU: power, energy, temperature, humidity, 3 phases x (current, voltage, power), and the power of
        // each of its 3 metered outlets.
        assertThat(report.readings()).isEqualTo(2 * (13 + 3));
        assertThat(report.wallTime()).as("the silent target costs its 300 ms timeout, no more")
                .isLessThan(Duration.ofSeconds(3));
        assertThat(f.readings.latest(List.of(good1.id(), good2.id(), garbage.id(), quiet.id()), Metrics.PDU_POWER_W,
                Instant.now().minusSeconds(60))).containsOnlyKeys(good1.id(), good2.id());
        Map<Long, PollStatus> byTarget = statuses.find(List.of(good1.id(), garbage.id(), quiet.id()));
        assertThat(byTarget.get(good1.id()).outcome()).isEqualTo(PollOutcome.OK);
        assertThat(byTarget.get(garbage.id()).outcome()).isEqualTo(PollOutcome.WRONG_TYPE);
        assertThat(byTarget.get(quiet.id()).outcome()).isEqualTo(PollOutcome.TIMEOUT);
    }

    @BothDatabases
    void onlyTargetsWhoseOwnIntervalHasPassedAreDue(Database db, TargetsFixture f) {
        SnmpSimulator sim = simulator(List.of(pdu("pdu-fast"), pdu("pdu-slow")));
        target(f, sim, "pdu-fast", 5);
        target(f, sim, "pdu-slow", 10);
        PollingService polling = polling(f, new PollStatusStore(db),
                new PollingSettings(Duration.ofSeconds(1), Duration.ofSeconds(10)));
        Instant t0 = Instant.now();

        assertThat(polling.sweep(t0).due()).isEqualTo(2);
        assertThat(polling.sweep(t0.plusSeconds(3)).due()).isZero();
        assertThat(polling.sweep(t0.plusSeconds(4)).due()).as("fast: 4 s + 1 s slack reaches its 5 s").isEqualTo(1);
        assertThat(polling.sweep(t0.plusMillis(7_500)).due()).isZero();
        assertThat(polling.sweep(t0.plusSeconds(9)).due()).as("fast again (last at 4 s), slow for the first time")
                .isEqualTo(2);
    }

    @BothDatabases
    void aSweepStartedWhileAnotherIsRunningIsSkipped(Database db, TargetsFixture f) throws Exception {
        SnmpSimulator sim = simulator(List.of(pdu("pdu-1")));
        sim.setLatency(Duration.ofMillis(400));
        target(f, sim, "pdu-1", 5, 2_000);
        PollingService polling = polling(f, new PollStatusStore(db), PollingSettings.DEFAULT);

        CompletableFuture<SweepReport> first = CompletableFuture.supplyAsync(() -> polling.sweep(Instant.now()));
        awaitRequestsInFlight(sim);
        SweepReport second = polling.sweep(Instant.now());

        assertThat(second.skipped()).isTrue();
        assertThat(first.get(20, TimeUnit.SECONDS).skipped()).isFalse();
        assertThat(first.get().outcomes()).containsOnlyKeys(PollOutcome.OK);
        assertThat(polling.stats().completed()).isEqualTo(1);
        assertThat(polling.stats().skippedWhileRunning()).isEqualTo(1);
    }

    @BothDatabases
    void pollsStillRunningWhenASweepStopsWaitingAreStoredByALaterSweep(Database db, TargetsFixture f) throws Exception {
        SnmpSimulator fast = simulator(List.of(pdu("pdu-fast")));
        SnmpSimulator slow = simulator(List.of(pdu("pdu-slow")));
        slow.setLatency(Duration.ofMillis(700));
        TargetView quick = target(f, fast, "pdu-fast", 5);
        TargetView late = target(f, slow, "pdu-slow", 5, 2_000);
        PollingService polling = polling(f, new PollStatusStore(db),
                new PollingSettings(Duration.ofSeconds(1), Duration.ofMillis(300)));
        Instant t0 = Instant.now();

        SweepReport first = polling.sweep(t0);
        boolean quickStoredFirst = !latestPower(f, quick, late).containsKey(late.id())
                && latestPower(f, quick, late).containsKey(quick.id());
        Thread.sleep(2_500); // the slow PDU's walk takes a round trip or two of 700 ms
        SweepReport second = polling.sweep(t0.plusSeconds(1));

        assertThat(first.stored()).isEqualTo(1);
        assertThat(first.stillPolling()).isEqualTo(1);
        assertThat(first.wallTime()).isLessThan(Duration.ofMillis(1_500));
        assertThat(quickStoredFirst).as("the fast PDU's readings did not wait for the slow one").isTrue();
        assertThat(second.due()).as("the slow target is not polled again while its poll runs").isZero();
        assertThat(second.stored()).isEqualTo(1);
        assertThat(second.outcomes()).containsOnlyKeys(PollOutcome.OK);
        assertThat(second.stillPolling()).isZero();
        assertThat(latestPower(f, quick, late)).containsKey(late.id());
    }

    @BothDatabases
    void aNodesSweepsNeverRunTwoAtOnceNorStackUpTheMissedOnes(PowerFixture p) throws Exception {
        TargetsFixture f = p.base;
        SnmpSimulator sim = simulator(List.of(pdu("pdu-1")));
        sim.setLatency(Duration.ofMillis(300));
        target(f, sim, "pdu-1", 5, 2_000);
        // A slack longer than the interval makes the target due at every sweep, so every sweep waits at least one
        // 300 ms round trip: at most ~8 sweeps in the 2.5 s, and the one close() waits for; one per tick would be 25.
        PollingService polling = polling(f, p.statuses, new PollingSettings(Duration.ofSeconds(10), Duration.ofSeconds(10)));

        NodeSweeps sweeps = NodeSweeps.start(polling, Clock.systemUTC(), Duration.ofMillis(100));
        Thread.sleep(2_500);
        sweeps.close();

        PollingService.SweepStats stats = polling.stats();
        assertThat(stats.skippedWhileRunning()).as("the timer never started a sweep while one ran").isZero();
        assertThat(stats.completed()).as("~2.5 s of sweeps of 300 ms round trips, not one per 100 ms tick")
                .isBetween(2L, 10L);
        assertThat(stats.last().outcomes()).containsOnlyKeys(PollOutcome.OK);
    }

    @BothDatabases
    void theAlarmsAreEvaluatedByAClusteredJobThatDoesNotStackUpMissedFirings(PowerFixture p) throws Exception {
        PollingService polling = polling(p.base, p.statuses, PollingSettings.DEFAULT);
        PowerServices services = new PowerServices(polling, new Housekeeping(p.base.readings,
                io.dcim.power.reading.RetentionPolicy.DEFAULT), p.alarms, Clock.systemUTC());
        Scheduler scheduler = scheduler();

        PowerScheduling.register(scheduler, services, new PowerScheduling.Periods(Duration.ofMillis(100),
                Duration.ofHours(1)));

        SimpleTrigger trigger = (SimpleTrigger) scheduler.getTrigger(
                TriggerKey.triggerKey(PowerScheduling.EVALUATE_ALARMS.getName(), PowerScheduling.GROUP));
        assertThat(trigger.getRepeatInterval()).isEqualTo(100);
        assertThat(trigger.getMisfireInstruction())
                .isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NEXT_WITH_REMAINING_COUNT);
        assertThat(scheduler.checkExists(PowerScheduling.LEGACY_SWEEP)).as("no node sweeps for the cluster").isFalse();
    }

    @BothDatabases
    void anEditedTargetIsPolledAtTheNextSweepWithoutItsOldBackOff(Database db, TargetsFixture f) {
        SnmpSimulator sim = simulator(List.of(pdu("pdu-1")));
        TargetView wrong = f.targets.create(f.pduSpec("pdu-1")
                .withEndpoint(sim.address().getAddress().getHostAddress(), sim.address().getPort())
                .withCredentials(SnmpVersion.V2C, TargetCredentials.community("a-typo"))
                .withPolling("apc-rpdu2", 5, 1_500, 0, true));
        PollStatusStore statuses = new PollStatusStore(db);
        PollingService polling = polling(f, statuses, new PollingSettings(Duration.ofSeconds(1), Duration.ofSeconds(8)));
        Instant t0 = Instant.now();

        polling.sweep(t0);
        polling.sweep(t0.plusSeconds(5));
        SweepReport resting = polling.sweep(t0.plusSeconds(10));
        f.targets.edit(wrong.id(), wrong.version(), f.pduSpec("pdu-1")
                .withEndpoint(sim.address().getAddress().getHostAddress(), sim.address().getPort())
                .withCredentials(SnmpVersion.V2C, TargetCredentials.community("pdu-1"))
                .withPolling("apc-rpdu2", 5, 1_500, 0, true));
        SweepReport afterEdit = polling.sweep(t0.plusSeconds(11));

        assertThat(resting.outcomes()).as("two timeouts in a row rest the target").containsOnlyKeys(PollOutcome.BACKED_OFF);
        assertThat(afterEdit.due()).as("due at once, although its 5 s interval has not passed").isEqualTo(1);
        assertThat(afterEdit.outcomes()).as("polled, not skipped for the old community's back-off")
                .containsOnlyKeys(PollOutcome.OK);
        assertThat(statuses.find(wrong.id()).orElseThrow().lastOkAt()).isNotNull();
    }

    @BothDatabases
    void aTargetWhoseHostStopsResolvingIsUnreachableAndNothingIsSent(Database db, TargetsFixture f) {
        SnmpSimulator sim = simulator(List.of(pdu("pdu-1")));
        TargetView byName = f.targets.create(f.pduSpec("pdu-1").withEndpoint("localhost", sim.address().getPort())
                .withCredentials(SnmpVersion.V2C, TargetCredentials.community("pdu-1"))
                .withPolling("apc-rpdu2", 5, 1_500, 0, true));
        PollStatusStore statuses = new PollStatusStore(db);
        PollingService polling = polling(f, statuses, PollingSettings.DEFAULT);
        Instant t0 = Instant.now();
        SweepReport resolved = polling.sweep(t0);
        // The name stops resolving later (DNS changed): set behind the service's back, which would refuse it.
        db.execute(session -> session.createNativeMutationQuery("update snmp_target set host = :host where id = :id")
                .setParameter("host", "pdu-a07.dcim.invalid").setParameter("id", byName.id()).executeUpdate());
        long receivedBefore = sim.stats().received();

        SweepReport unresolved = polling.sweep(t0.plusSeconds(5));

        assertThat(resolved.outcomes()).containsOnlyKeys(PollOutcome.OK);
        assertThat(unresolved.outcomes()).as("not polled on this machine as 0.0.0.0")
                .containsOnlyKeys(PollOutcome.UNREACHABLE);
        assertThat(sim.stats().received()).as("nothing sent").isEqualTo(receivedBefore);
        PollStatus status = statuses.find(byName.id()).orElseThrow();
        assertThat(status.lastError()).contains("pdu-a07.dcim.invalid does not resolve");
        assertThat(status.consecutiveFailures()).isEqualTo(1);
    }

    @BothDatabases
    void targetsThatAnswerButAreUnreadableAlarmAfterAsManyPollsAsASilentOne(PowerFixture p) {
        TargetsFixture f = p.base;
        SnmpSimulator sim = simulator(List.of(garbage("pdu-garbage"), empty("pdu-empty")));
        SnmpSimulator silent = simulator(List.of(pdu("pdu-silent")));
        silent.setLossRate(1.0);
        // Generous timeouts: what is under test is how answers count, not how fast a loaded machine gives them.
        TargetView garbage = target(f, sim, "pdu-garbage", 5, 1_500);
        TargetView empty = target(f, sim, "pdu-empty", 5, 1_500);
        TargetView quiet = target(f, silent, "pdu-silent", 5, 1_500);
        PollingService polling = SnmpSweeps.polling(f, started.add(new SnmpPoller(TestPollers.askingEveryTime())),
                p.statuses, PollingSettings.DEFAULT);

        ThreeSweeps sweeps = SnmpSweeps.threeSweeps(polling, p, Duration.ofSeconds(5));

        assertThat(sweeps.third().outcomes()).isEqualTo(Map.of(PollOutcome.WRONG_TYPE, 1L,
                PollOutcome.NO_SUCH_OBJECT, 1L, PollOutcome.TIMEOUT, 1L));
        assertThat(sweeps.unreachableAfterTwo()).isEmpty();
        assertThat(SnmpSweeps.unreachable(p)).as("the default level: 3 polls in a row")
                .containsExactlyInAnyOrder(garbage.id(), empty.id(), quiet.id());
        assertThat(p.alarms.active()).filteredOn(a -> java.util.Objects.equals(a.targetId(), empty.id())).singleElement()
                .satisfies(a -> assertThat(a.message()).contains("3 polls in a row, last NO_SUCH_OBJECT"));
    }

    private Scheduler scheduler() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "power-test-" + System.nanoTime());
        properties.setProperty("org.quartz.threadPool.threadCount", "4");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
        started.add(() -> {
            if (!scheduler.isShutdown()) {
                scheduler.shutdown(true);
            }
        });
        return scheduler;
    }

    private static Map<Long, io.dcim.power.reading.LatestReading> latestPower(TargetsFixture f, TargetView... targets) {
        return f.readings.latest(java.util.Arrays.stream(targets).map(TargetView::id).toList(), Metrics.PDU_POWER_W,
                Instant.now().minusSeconds(60));
    }

    private static void awaitRequestsInFlight(SnmpSimulator sim) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sim.stats().received() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private PollingService polling(TargetsFixture f, PollStatusStore statuses, PollingSettings settings) {
        return SnmpSweeps.polling(f, started.add(new SnmpPoller(TestPollers.onLoopback())), statuses, settings);
    }

    private SnmpSimulator simulator(List<VirtualDevice> devices) {
        return started.add(SnmpSimulator.start(devices, List.of()));
    }

    static VirtualDevice pdu(String key) {
        return ProfileDevices.device(key, APC, 3, MetricSignal.typical(key.hashCode()));
    }

    /** Firmware answering text where the MIB says integers: every value is of the wrong type. */
    private static VirtualDevice garbage(String key) {
        VirtualDevice.Builder b = VirtualDevice.builder(key, new OID("1.3.6.1.4.1.318.1.3.4.5"), "bad firmware");
        for (MetricPoint column : APC.columns()) {
            b.constant(new OID(column.oid().ids()).append(1), new OctetString("n/a"));
        }
        return b.build();
    }

    /** Firmware that answers but has none of the profile's objects. */
    private static VirtualDevice empty(String key) {
        return VirtualDevice.builder(key, new OID("1.3.6.1.4.1.318.1.3.4.5"), "empty firmware").build();
    }

    /** A PDU target on the simulator, selected by its community, with a 300 ms timeout and no retry. */
    static TargetView target(TargetsFixture f, SnmpSimulator sim, String community, int intervalSeconds) {
        return target(f, sim, community, intervalSeconds, 300);
    }

    private static TargetView target(TargetsFixture f, SnmpSimulator sim, String community, int intervalSeconds,
                                     int timeoutMs) {
        return f.targets.create(f.pduSpec(community)
                .withEndpoint(sim.address().getAddress().getHostAddress(), sim.address().getPort())
                .withCredentials(SnmpVersion.V2C, TargetCredentials.community(community))
                .withPolling("apc-rpdu2", intervalSeconds, timeoutMs, 0, true));
    }
}
