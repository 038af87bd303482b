package io.dcim.power.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.site.NewSite;
import io.dcim.inventory.site.Site;
import io.dcim.power.endpoint.ScheduledPoll;
import io.dcim.power.endpoint.TargetView;
import io.dcim.power.endpoint.TargetsFixture;
import io.dcim.power.polling.PollLeases;
import io.dcim.power.profile.AdminProfiles;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.reading.PollStatusStore;
import io.dcim.testing.BothDatabases;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The central side of remote collectors on H2 and PostgreSQL: who polls what, tokens, batches stored once. */
class RemoteCollectorsTest {

    private static final Caller ADMIN = Caller.of("admin", Permission.READ, Permission.POWER_CONFIGURE);

    private TargetsFixture f;
    private CollectorFacade facade;
    private PollStatusStore statuses;

    private void setUp(Database db) {
        f = new TargetsFixture(db);
        statuses = new PollStatusStore(db);
        facade = new CollectorFacade(db, new RemoteCollectors(db, f.targets,
                new AdminProfiles(db, ProfileCatalog.builtIn(), Clock.systemUTC()), f.readings, statuses,
                Clock.systemUTC()));
    }

    @BothDatabases
    void aCollectorsTargetsGoToItWithTheirCredentialsAndNoCentralNodeLeasesThem(Database db) {
        setUp(db);
        TargetView a = f.pdu("pdu-a");
        TargetView b = f.pdu("pdu-b");
        TargetView c = f.pdu("pdu-c");

        CreatedCollector made = facade.create(ADMIN, new CollectorSpec("Ulanqab", f.inventory.site.getId(), false,
                List.of(a.id(), b.id())));
        CollectorIdentity self = facade.authenticate(made.token()).orElseThrow();
        List<CollectorTarget> targets = facade.targets(CollectorFacade.callerOf(self, Locale.ROOT), self);

        assertThat(targets).extracting(CollectorTarget::id).containsExactly(a.id(), b.id());
        assertThat(targets.get(0).snmp().community()).as("the credentials it needs, decrypted").isEqualTo("s3cret-community");
        assertThat(targets.get(0).toString()).doesNotContain("s3cret");
        assertThat(made.toString()).doesNotContain(made.token());
        assertThat(f.targets.enabledPolls()).extracting(ScheduledPoll::targetId).containsExactly(c.id());
        PollLeases leases = new PollLeases(db, "central-1", Duration.ofSeconds(20), Clock.systemUTC());
        assertThat(leases.renew(Instant.now(), List.of(c.id())).keySet()).as("only the central's target is leased")
                .containsExactly(c.id());

        CollectorView whole = facade.edit(ADMIN, made.collector().id(), made.collector().version(),
                new CollectorSpec("Ulanqab", f.inventory.site.getId(), true, List.of()));

        assertThat(whole.targets()).isEqualTo(3);
        assertThat(f.targets.enabledPolls()).as("a whole-site collector takes every target of its site").isEmpty();
        assertThat(leases.renew(Instant.now(), List.of()).keySet()).isEmpty();
        facade.delete(ADMIN, whole.id(), whole.version());
        assertThat(f.targets.enabledPolls()).as("removed: the central polls them again").hasSize(3);
        assertThat(facade.authenticate(made.token())).isEmpty();
    }

    @BothDatabases
    void aBatchIsStoredOnceAndItsReplayAddsNothing(Database db) {
        setUp(db);
        TargetView a = f.pdu("pdu-a");
        CreatedCollector made = facade.create(ADMIN, new CollectorSpec("Ulanqab", f.inventory.site.getId(), true, List.of()));
        CollectorIdentity self = facade.authenticate(made.token()).orElseThrow();
        Caller collector = CollectorFacade.callerOf(self, Locale.ROOT);
        Instant t0 = Instant.parse("2026-12-07T08:00:00Z");

        PushAnswer first = facade.push(collector, self, batch("stream-1", 1, a.id(), t0, new BufferState(3, 900, 0)));
        PushAnswer replay = facade.push(collector, self, batch("stream-1", 1, a.id(), t0, BufferState.EMPTY));
        PushAnswer second = facade.push(collector, self, batch("stream-1", 2, a.id(), t0.plusSeconds(5), BufferState.EMPTY));
        PushAnswer late = facade.push(collector, self, batch("stream-1", 1, a.id(), t0, BufferState.EMPTY));

        assertThat(first).isEqualTo(new PushAnswer(1, false, 1, 2, 0));
        assertThat(replay.duplicate()).isTrue();
        assertThat(replay.readingsStored()).isZero();
        assertThat(second.readingsStored()).isEqualTo(2);
        assertThat(late.duplicate()).as("an older batch of the stream is a replay too").isTrue();
        assertThat(rawReadings(db)).isEqualTo(4);
        assertThat(statuses.find(a.id()).orElseThrow().polledAt()).isEqualTo(t0.plusSeconds(5));
        CollectorView view = facade.find(ADMIN, made.collector().id());
        assertThat(view.lastSequence()).isEqualTo(2);
        assertThat(view.readingsReceived()).isEqualTo(4);
        assertThat(view.batchesReceived()).isEqualTo(2);
        assertThat(view.newestReadingAt()).isEqualTo(t0.plusSeconds(5));
        assertThat(view.health()).isEqualTo(CollectorHealth.OK);
        assertThat(view.version()).as("pushes never make an admin's form stale").isEqualTo(made.collector().version());

        PushAnswer wiped = facade.push(collector, self, batch("stream-2", 1, a.id(), t0.plusSeconds(10), BufferState.EMPTY));
        assertThat(wiped.duplicate()).as("a new stream (a wiped buffer) numbers from 1 again").isFalse();
        assertThat(rawReadings(db)).isEqualTo(6);
    }

    @BothDatabases
    void pollsOfAnotherSitesTargetsAreRefusedAndBadBatchesNameTheField(Database db) {
        setUp(db);
        TargetView a = f.pdu("pdu-a");
        Site other = f.inventory.sites.createSite(new NewSite("Other IDC", "P", "Beijing", "Asia/Shanghai",
                new BigDecimal("0.5"), new BigDecimal("1.3"), LocalDate.of(2024, 1, 1)));
        CreatedCollector made = facade.create(ADMIN, new CollectorSpec("Beijing", other.getId(), true, List.of()));
        CollectorIdentity self = facade.authenticate(made.token()).orElseThrow();
        Caller collector = CollectorFacade.callerOf(self, Locale.ROOT);

        PushAnswer answer = facade.push(collector, self, batch("s", 1, a.id(), Instant.now(), BufferState.EMPTY));

        assertThat(answer.pollsRefused()).isEqualTo(1);
        assertThat(rawReadings(db)).isZero();
        ReadingBatch bad = new ReadingBatch("s", 2, Instant.now(), List.of(new ReadingBatch.Poll(a.id(), "FINE", 1,
                Instant.now(), null, List.of())), BufferState.EMPTY);
        assertThatThrownBy(() -> facade.push(collector, self, bad)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("polls[0].outcome");
        assertThatThrownBy(() -> facade.create(ADMIN, new CollectorSpec("Beijing 2", other.getId(), true, List.of())))
                .isInstanceOf(ConflictException.class).extracting("field").isEqualTo("wholeSite");
        assertThatThrownBy(() -> facade.create(ADMIN, new CollectorSpec("Hohhot", other.getId(), false, List.of(a.id()))))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("targetIds[0]");
    }

    @BothDatabases
    void onlyACollectorsOwnTokenPushesAndANewTokenEndsTheOldOne(Database db) {
        setUp(db);
        f.pdu("pdu-a");
        CreatedCollector made = facade.create(ADMIN, new CollectorSpec("Ulanqab", f.inventory.site.getId(), true, List.of()));
        CollectorIdentity self = facade.authenticate(made.token()).orElseThrow();

        assertThatThrownBy(() -> facade.targets(Caller.system("x").permissions().contains(Permission.COLLECTOR_PUSH)
                ? ADMIN : ADMIN, self)).as("a person's caller, even an admin's, has no collector.push")
                .isInstanceOf(NotPermittedException.class);
        assertThat(made.token()).startsWith(RemoteCollectors.TOKEN_PREFIX);
        assertThat(made.collector().tokenPrefix()).isEqualTo(made.token().substring(0, 12));
        assertThat(facade.authenticate(made.token() + "x")).isEmpty();
        assertThat(facade.authenticate("dcim_" + made.token())).isEmpty();

        CreatedCollector again = facade.newToken(ADMIN, made.collector().id(), made.collector().version());

        assertThat(facade.authenticate(made.token())).isEmpty();
        assertThat(facade.authenticate(again.token())).contains(self);
        assertThatThrownBy(() -> facade.newToken(ADMIN, made.collector().id(), made.collector().version()))
                .as("against the version read").isInstanceOf(ConflictException.class);
    }

    private static ReadingBatch batch(String stream, long sequence, long target, Instant at, BufferState buffer) {
        return new ReadingBatch(stream, sequence, at, List.of(new ReadingBatch.Poll(target, "OK", 12, at, null, List.of(
                new ReadingBatch.Value("pdu.power.w", "", new BigDecimal("4200"), "W"),
                new ReadingBatch.Value("pdu.phase.current.a", "1", new BigDecimal("6.5"), "A")))), buffer);
    }

    private static long rawReadings(Database db) {
        return db.read(session -> ((Number) session.createNativeQuery("select count(*) from reading_raw", Object.class)
                .getSingleResult()).longValue());
    }
}
