package io.dcim.power.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.site.NewSite;
import io.dcim.inventory.site.Room;
import io.dcim.power.collect.CollectRequest;
import io.dcim.power.collect.Collected;
import io.dcim.inventory.site.Site;
import io.dcim.power.reading.TargetReading;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.power.secret.Secret;
import io.dcim.power.snmp.AuthProtocol;
import io.dcim.power.snmp.PrivProtocol;
import io.dcim.power.snmp.SnmpReadPlan;
import io.dcim.power.snmp.SnmpCredentials;
import io.dcim.power.snmp.SnmpVersion;
import io.dcim.testing.BothDatabases;
import java.util.Locale;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

class TargetServiceTest {

    @BothDatabases
    void aTargetWhoseCredentialsCannotBeDecryptedIsLeftOutOfThePollsNotTheOthers(Database db, TargetsFixture f) {
        TargetView good = f.pdu("pdu-good");
        TargetView sealedElsewhere = f.pdu("pdu-other-key");
        db.execute(s -> s.createNativeMutationQuery("update snmp_target set credentials_ciphertext = :c where id = :id")
                .setParameter("c", CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key())
                        .encrypt(Secret.of("{\"community\":\"x\"}")))
                .setParameter("id", sealedElsewhere.id()).executeUpdate());

        assertThat(f.targets.enabledPolls()).extracting(ScheduledPoll::targetId).containsExactly(good.id());
    }

    @BothDatabases
    void movesTargetsToAnotherEndpointInOneGoKeepingTheirCredentials(TargetsFixture f) {
        TargetView a = f.pdu("pdu-a");
        TargetView b = f.pdu("pdu-b");
        TargetView stays = f.pdu("pdu-c");

        int moved = f.targets.moveEndpoint(List.of(a.id(), b.id()), "127.0.0.1", 16161);

        assertThat(moved).isEqualTo(2);
        assertThat(f.targets.find(a.id()).endpoint()).isEqualTo("127.0.0.1:16161");
        assertThat(f.targets.find(a.id()).version()).isEqualTo(a.version() + 1);
        assertThat(f.targets.collectRequest(b.id()).credentials()).isEqualTo(SnmpCredentials.v2c("s3cret-community"));
        assertThat(f.targets.find(stays.id())).isEqualTo(stays);
        assertThatThrownBy(() -> f.targets.moveEndpoint(List.of(a.id()), "not a host!", 161))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("host:");
    }

    @BothDatabases
    void createsATargetAndShowsItWithoutItsSecrets(Database db, TargetsFixture f) {
        TargetView view = f.pdu("pdu-a01-a");

        assertThat(view.name()).isEqualTo("pdu-a01-a");
        assertThat(view.endpoint()).isEqualTo("10.20.0.17:161");
        assertThat(view.intervalSeconds()).isEqualTo(30);
        assertThat(view.timeoutMs()).isEqualTo(2_000);
        assertThat(view.retries()).isEqualTo(1);
        assertThat(view.cabinetName()).isEqualTo("A01");
        assertThat(view.roomName()).as("the room comes from the cabinet").isEqualTo("Hall 1");
        assertThat(view.siteName()).isEqualTo("Test IDC");
        assertThat(view.createdAt()).isNotNull();
        assertThat(view.toString()).doesNotContain("s3cret-community");
        assertThat(f.targets.find(view.id())).isEqualTo(view);
        SnmpTarget entity = db.read(s -> s.find(SnmpTarget.class, view.id()));
        assertThat(entity.toString()).doesNotContain("s3cret-community").doesNotContain("v1:");
    }

    @BothDatabases
    void storesCredentialsOnlyEncryptedAndDecryptsThemForThePoller(Database db, TargetsFixture f) throws SQLException {
        TargetView v3 = f.targets.create(f.pduSpec("pdu-v3").withCredentials(SnmpVersion.V3, TargetCredentials.usm(
                "monitor", AuthProtocol.SHA256, "auth-passphrase-1", PrivProtocol.AES128, "priv-passphrase-2", "")));
        TargetView v2c = f.pdu("pdu-v2c");

        String v3Column = storedCiphertext(db, v3.id());
        String v2cColumn = storedCiphertext(db, v2c.id());

        assertThat(v3Column).startsWith("v1:").doesNotContain("auth-passphrase-1").doesNotContain("priv-passphrase-2");
        assertThat(v2cColumn).startsWith("v1:").doesNotContain("s3cret-community");
        CollectRequest poll = f.targets.collectRequest(v3.id());
        assertThat(poll.credentials()).isEqualTo(new SnmpCredentials.Usm("monitor", AuthProtocol.SHA256,
                Secret.of("auth-passphrase-1"), PrivProtocol.AES128, Secret.of("priv-passphrase-2"), ""));
        assertThat(f.targets.collectRequest(v2c.id()).credentials()).isEqualTo(SnmpCredentials.v2c("s3cret-community"));
        assertThat(v3.v3User()).isEqualTo("monitor");
        assertThat(v3.authProtocol()).isEqualTo(AuthProtocol.SHA256);
    }

    @BothDatabases
    void handsEnabledTargetsToThePollerWithTheirProfilesReads(TargetsFixture f) {
        TargetView on = f.pdu("pdu-on");
        f.targets.create(f.pduSpec("pdu-off").withPolling("apc-rpdu2", 60, null, null, false));

        List<ScheduledPoll> polls = f.targets.enabledPolls();

        assertThat(polls).hasSize(1);
        ScheduledPoll poll = polls.get(0);
        assertThat(poll.targetId()).isEqualTo(on.id());
        assertThat(poll.profileId()).isEqualTo("apc-rpdu2");
        assertThat(poll.interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(poll.request().endpointId()).isEqualTo(Long.toString(on.id()));
        assertThat(poll.request().address().getPort()).isEqualTo(161);
        assertThat(poll.request().address().getAddress().getHostAddress()).isEqualTo("10.20.0.17");
        assertThat(poll.request().timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(poll.request().plan()).isInstanceOfSatisfying(SnmpReadPlan.class,
                plan -> assertThat(plan.columns()).isNotEmpty());
    }

    @BothDatabases
    void refusesBadFieldsNamingTheField(TargetsFixture f) {
        TargetSpec good = f.pduSpec("pdu-x");

        assertRefused(f, good.withEndpoint(" ", null), "host", "is required");
        assertRefused(f, good.withEndpoint("10.0.0.300", null), "host", "not a valid IPv4 address");
        assertRefused(f, good.withEndpoint("pdu_a01.example", null), "host", "nor a valid DNS name");
        assertRefused(f, good.withEndpoint("fe80::1::2", null), "host", "not a valid IPv6 address");
        assertRefused(f, good.withEndpoint("10.20.0.18", 0), "port", "between 1 and 65535");
        assertRefused(f, good.withEndpoint("10.20.0.18", 65_536), "port", "between 1 and 65535");
        assertRefused(f, good.withPolling("acme-pdu", null, null, null, true), "profileId",
                "unknown device profile 'acme-pdu'; one of [apc-rpdu2, entity-sensor, generic-cooling");
        assertRefused(f, good.withPolling("apc-rpdu2", 4, null, null, true), "intervalSeconds",
                "between 5 s and 3600 s, was 4 s");
        assertRefused(f, good.withPolling("apc-rpdu2", 5, 3_000, 1, true), "timeoutMs",
                "can take 6000 ms, which is not shorter than the interval of 5 s");
        assertRefused(f, good.withPolling("apc-rpdu2", 30, null, 6, true), "retries", "between 0 and 5");
        assertRefused(f, good.withPower(null, Feed.A, null), "role", "is required");
        assertRefused(f, good.withPower(TargetRole.PDU, Feed.A, 0), "breakerRatingA", "between 1 A and 1000 A");
        assertRefused(f, good.withName(""), "name", "is required");
        assertRefused(f, good.withPlace(null, null, null), "siteId", "is required");
        assertRefused(f, good.withPlace(f.inventory.site.getId(), null, 999_999L), "cabinetId", "does not exist");
    }

    @BothDatabases
    void refusesAHostThatDoesNotResolveOrIsTheWildcardOnCreateEditAndMove(TargetsFixture f) {
        TargetView stored = f.pdu("pdu-a");
        // .invalid never resolves (RFC 2606): before, such a target was polled at 0.0.0.0, i.e. on this machine.
        String unresolvable = "pdu-a07.dcim.invalid";

        assertRefused(f, f.pduSpec("pdu-b").withEndpoint(unresolvable, null), "host", "does not resolve");
        assertRefused(f, f.pduSpec("pdu-b").withEndpoint("0.0.0.0", null), "host", "wildcard address");
        assertRefused(f, f.pduSpec("pdu-b").withEndpoint("::", null), "host", "wildcard address");
        assertThatThrownBy(() -> f.targets.edit(stored.id(), stored.version(),
                f.pduSpec("pdu-a").withEndpoint(unresolvable, null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("host"));
        assertThatThrownBy(() -> f.targets.moveEndpoint(List.of(stored.id()), unresolvable, 161))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("host"));
        assertThat(f.targets.find(stored.id())).as("nothing changed").isEqualTo(stored);
        assertThat(f.targets.create(f.pduSpec("pdu-local").withEndpoint("localhost", null)).host())
                .as("a name that resolves is kept as a name, resolved again at each sweep").isEqualTo("localhost");
    }

    @BothDatabases
    void refusesCredentialsThatDoNotFitTheVersion(TargetsFixture f) {
        TargetSpec good = f.pduSpec("pdu-x");

        assertRefused(f, good.withCredentials(SnmpVersion.V2C, TargetCredentials.community("")), "community",
                "is required for SNMP V2C");
        assertRefused(f, good.withCredentials(null, TargetCredentials.community("public")), "snmpVersion",
                "is required");
        assertRefused(f, good.withCredentials(SnmpVersion.V1, null), "community", "is required for SNMP V1");
        assertRefused(f, good.withCredentials(SnmpVersion.V3, null), "user", "is required for SNMP v3");
        assertRefused(f, good.withCredentials(SnmpVersion.V3, TargetCredentials.community("public")), "user",
                "is required for SNMP v3");
        assertRefused(f, good.withCredentials(SnmpVersion.V3, TargetCredentials.usm("monitor", null, null,
                PrivProtocol.NONE, null, null)), "authProtocol", "is required for SNMP v3");
        assertRefused(f, good.withCredentials(SnmpVersion.V3, TargetCredentials.usm("monitor", AuthProtocol.SHA1,
                "long-enough", null, null, null)), "privProtocol", "is required for SNMP v3");
        assertRefused(f, good.withCredentials(SnmpVersion.V3, TargetCredentials.usm("monitor", AuthProtocol.NONE,
                null, PrivProtocol.AES128, "long-enough", null)), "privProtocol", "needs an authentication protocol");
        assertRefused(f, good.withCredentials(SnmpVersion.V3, TargetCredentials.usm("monitor", AuthProtocol.SHA256,
                "short", PrivProtocol.NONE, null, null)), "authPassphrase", "at least 8 characters");
        assertRefused(f, good.withCredentials(SnmpVersion.V3, TargetCredentials.usm("monitor", AuthProtocol.SHA256,
                "long-enough", PrivProtocol.AES256, null, null)), "privPassphrase", "is required for AES256");
        assertRefused(f, good.withCredentials(SnmpVersion.V3, TargetCredentials.usm("a-user-name-longer-than-32-chars!",
                AuthProtocol.NONE, null, PrivProtocol.NONE, null, null)), "user", "at most 32");
    }

    @BothDatabases
    void refusesAPlaceInAnotherSiteOrRoom(TargetsFixture f) {
        Site other = f.inventory.sites.createSite(new NewSite("Other IDC", "P", "Ulanqab", "Asia/Shanghai",
                new BigDecimal("0.3"), new BigDecimal("1.3"), LocalDate.of(2024, 1, 1)));
        Room hall2 = f.inventory.sites.createRoom(f.inventory.site.getId(), "Hall 2");

        assertRefused(f, f.pduSpec("p").withPlace(other.getId(), null, f.cabinet.getId()), "cabinetId",
                "cabinet A01 is not in site Other IDC");
        assertRefused(f, f.pduSpec("p").withPlace(f.inventory.site.getId(), hall2.getId(), f.cabinet.getId()),
                "cabinetId", "cabinet A01 is in room Hall 1, not in room Hall 2");
        Room otherHall = f.inventory.sites.createRoom(other.getId(), "Hall 9");
        assertRefused(f, f.pduSpec("p").withPlace(f.inventory.site.getId(), otherHall.getId(), null), "roomId",
                "room Hall 9 is not in site Test IDC");
    }

    @BothDatabases
    void refusesASecondTargetOfTheSameName(TargetsFixture f) {
        f.pdu("pdu-a01-a");

        assertThatThrownBy(() -> f.pdu("PDU-A01-A")).isInstanceOf(ConflictException.class)
                .hasMessage("name: a target named PDU-A01-A already exists")
                .satisfies(e -> assertThat(((ConflictException) e).reason(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("名为 PDU-A01-A 的采集目标已存在"));
    }

    @BothDatabases
    void editingWithoutCredentialsKeepsTheStoredOnes(TargetsFixture f) {
        TargetView created = f.pdu("pdu-a01-a");

        TargetView edited = f.targets.edit(created.id(), created.version(), f.pduSpec("pdu-a01-b")
                .withCredentials(SnmpVersion.V1, null).withEndpoint("localhost", 1161)
                .withPower(TargetRole.PDU, Feed.B, 32));

        assertThat(edited.name()).isEqualTo("pdu-a01-b");
        assertThat(edited.snmpVersion()).isEqualTo(SnmpVersion.V1);
        assertThat(edited.feed()).isEqualTo(Feed.B);
        assertThat(edited.breakerRatingA()).isEqualTo(32);
        assertThat(edited.version()).isGreaterThan(created.version());
        assertThat(f.targets.collectRequest(created.id()).credentials()).isEqualTo(SnmpCredentials.v1("s3cret-community"));
        assertThatThrownBy(() -> f.targets.edit(created.id(), edited.version(),
                f.pduSpec("pdu-a01-b").withCredentials(SnmpVersion.V3, null)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("user: changing from SNMP V1 to V3 needs new credentials");
        assertThatThrownBy(() -> f.targets.edit(created.id(), created.version(), f.pduSpec("pdu-a01-c")))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("version:");
    }

    @BothDatabases
    void deletingATargetRemovesItsReadings(TargetsFixture f) {
        TargetView doomed = f.pdu("pdu-old");
        TargetView kept = f.pdu("pdu-new");
        Instant t = Instant.parse("2025-01-15T08:00:00Z");
        f.readings.append(List.of(new TargetReading(doomed.id(), "pdu.power.w", t, 1),
                new TargetReading(kept.id(), "pdu.power.w", t, 2)));

        f.targets.delete(doomed.id(), doomed.version());

        assertThat(f.readings.latest(List.of(doomed.id(), kept.id()), "pdu.power.w", t)).containsOnlyKeys(kept.id());
        assertThatThrownBy(() -> f.targets.find(doomed.id())).hasMessage("target " + doomed.id() + " does not exist");
    }

    @BothDatabases
    void listsTargetsByHowTheirLastPollWent(Database db, TargetsFixture f) {
        TargetView ok = f.targets.create(f.pduSpec("pdu-ok"));
        TargetView timedOut = f.targets.create(f.pduSpec("pdu-timeout").withEndpoint("10.20.1.2", null));
        TargetView partial = f.targets.create(f.pduSpec("pdu-partial").withEndpoint("10.20.1.3", null));
        TargetView never = f.targets.create(f.pduSpec("pdu-never").withEndpoint("10.20.1.4", null));
        java.time.Instant at = java.time.Instant.parse("2025-01-14T00:00:00Z");
        new io.dcim.power.reading.PollStatusStore(db).recordAll(List.of(
                poll(ok, io.dcim.power.collect.PollOutcome.OK, at),
                poll(timedOut, io.dcim.power.collect.PollOutcome.TIMEOUT, at),
                poll(partial, io.dcim.power.collect.PollOutcome.PARTIAL, at)));

        assertThat(names(f, TargetFilter.Health.OK)).containsExactly("pdu-ok");
        assertThat(names(f, TargetFilter.Health.NOT_OK)).containsExactly("pdu-partial", "pdu-timeout");
        assertThat(names(f, TargetFilter.Health.NEVER_POLLED)).containsExactly(never.name());
        assertThat(names(f, null)).hasSize(4);
    }

    private static List<String> names(TargetsFixture f, TargetFilter.Health health) {
        return f.targets.list(new TargetFilter(null, null, null, null, null, health), PageRequest.first(10, "name"))
                .items().stream().map(TargetView::name).toList();
    }

    private static Collected poll(TargetView t, io.dcim.power.collect.PollOutcome outcome, java.time.Instant at) {
        return new Collected(Long.toString(t.id()), outcome, java.time.Duration.ofMillis(120), at, List.of(),
                outcome == io.dcim.power.collect.PollOutcome.OK ? null : "test", null);
    }

    @BothDatabases
    void listsTargetsAPageAtATimeFilteredAndSorted(TargetsFixture f) {
        Cabinet a02 = f.inventory.cabinet("A02");
        for (int i = 1; i <= 7; i++) {
            f.targets.create(f.pduSpec(String.format("pdu-%02d", i)).withEndpoint("10.20.1." + i, null));
        }
        f.targets.create(f.pduSpec("crac-1").withPlace(f.inventory.site.getId(), null, a02.getId())
                .withPower(TargetRole.COOLING, null, null).withPolling("generic-cooling", 60, null, null, true));

        Page<TargetView> first = f.targets.list(new TargetFilter(null, null, TargetRole.PDU, null, null),
                new PageRequest(0, 3, "name", false));
        Page<TargetView> byHost = f.targets.list(new TargetFilter(f.inventory.site.getId(), null, null, true, "10.20.1.7"),
                PageRequest.first(10, "host"));
        Page<TargetView> inA02 = f.targets.list(new TargetFilter(null, a02.getId(), null, null, null),
                PageRequest.first(10, "name"));

        assertThat(first.total()).isEqualTo(7);
        assertThat(first.items()).extracting(TargetView::name).containsExactly("pdu-07", "pdu-06", "pdu-05");
        assertThat(byHost.items()).extracting(TargetView::name).containsExactly("pdu-07");
        assertThat(inA02.items()).extracting(TargetView::name).containsExactly("crac-1");
        assertThat(inA02.items().get(0).profileId()).isEqualTo("generic-cooling");
        assertThatThrownBy(() -> f.targets.list(TargetFilter.all(), PageRequest.first(10, "credentials")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("sort:");
    }

    private static void assertRefused(TargetsFixture f, TargetSpec spec, String field, String reason) {
        assertThatThrownBy(() -> f.targets.create(spec))
                .isInstanceOfSatisfying(io.dcim.common.error.DomainException.class,
                        e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageStartingWith(field + ":").hasMessageContaining(reason);
    }

    private static String storedCiphertext(Database db, long id) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("select credentials_ciphertext from snmp_target where id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

}
