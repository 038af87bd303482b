package io.dcim.power.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.persistence.Database;
import io.dcim.power.endpoint.TargetService;
import io.dcim.power.snmp.SnmpReadPlan;
import io.dcim.power.endpoint.TargetView;
import io.dcim.power.endpoint.TargetsFixture;
import io.dcim.testing.BothDatabases;
import java.util.Locale;
import java.time.Clock;

class AdminProfilesTest {

    static final String MINE = """
            {
              "id": "acme-pdu",
              "description": "ACME rack PDU",
              "match": {"sysObjectIdPrefixes": ["1.3.6.1.4.1.55555.1"], "models": ["ACME P20"]},
              "scalars": [
                {"oid": "1.3.6.1.4.1.55555.1.1.0", "metric": "pdu.power.w", "syntax": "INTEGER", "unit": "W"}
              ]
            }
            """;

    @BothDatabases
    void anAdminsProfileIsStoredUsedByTargetsAndChosenBySysObjectIdLikeAShippedOne(Database db) {
        ProfileCatalog catalog = ProfileCatalog.builtIn();
        AdminProfiles admin = new AdminProfiles(db, catalog, Clock.systemUTC());
        TargetsFixture f = new TargetsFixture(db);
        TargetService targets = new TargetService(db, catalog, f.cipher, f.readings);

        admin.add("acme.json", MINE);
        TargetView acme = targets.create(f.pduSpec("pdu-acme").withPolling("acme-pdu", null, null, null, true));

        assertThat(catalog.select("1.3.6.1.4.1.55555.1.7", null)).get().extracting(DeviceProfile::id).isEqualTo("acme-pdu");
        assertThat(catalog.select(null, "acme p20")).get().extracting(DeviceProfile::id).isEqualTo("acme-pdu");
        assertThat(((SnmpReadPlan) targets.collectRequest(acme.id()).plan()).scalars()).hasSize(1);
        assertThat(admin.list()).filteredOn(ProfileView::id, "acme-pdu").singleElement().satisfies(v -> {
            assertThat(v.shipped()).isFalse();
            assertThat(v.targets()).isEqualTo(1);
            assertThat(v.fileName()).isEqualTo("acme.json");
            assertThat(v.values()).isEqualTo(1);
        });
        assertThat(admin.list().get(0).shipped()).as("shipped ones first").isTrue();

        ProfileCatalog afterRestart = ProfileCatalog.builtIn();
        assertThat(new AdminProfiles(db, afterRestart, Clock.systemUTC()).registerStored()).isEqualTo(1);
        assertThat(afterRestart.get("acme-pdu").description()).isEqualTo("ACME rack PDU");

        assertThatThrownBy(() -> admin.remove("acme-pdu")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("1 target(s) poll with profile 'acme-pdu'");
        targets.delete(acme.id(), acme.version());
        admin.remove("acme-pdu");
        assertThat(catalog.all()).extracting(DeviceProfile::id).doesNotContain("acme-pdu");
        assertThat(new AdminProfiles(db, ProfileCatalog.builtIn(), Clock.systemUTC()).registerStored()).isZero();
    }

    /** Two nodes on one database: what an admin adds, replaces or removes on one reaches the other's next sweep. */
    @BothDatabases
    void aProfileAddedOnOneNodeIsPolledWithOnAnotherFromItsNextSweep(Database db) {
        ProfileCatalog here = ProfileCatalog.builtIn();
        ProfileCatalog there = ProfileCatalog.builtIn();
        AdminProfiles admin = new AdminProfiles(db, here, Clock.systemUTC());
        AdminProfiles otherNode = new AdminProfiles(db, there, Clock.systemUTC());
        otherNode.registerStored();

        admin.add("acme.json", MINE);
        assertThat(there.select(null, "acme p20")).as("before the other node's sweep").isEmpty();
        otherNode.syncStored();
        assertThat(there.get("acme-pdu").description()).isEqualTo("ACME rack PDU");

        admin.add("acme.json", MINE.replace("ACME rack PDU", "ACME rack PDU, firmware 2"));
        otherNode.syncStored();
        assertThat(there.get("acme-pdu").description()).as("replaced").isEqualTo("ACME rack PDU, firmware 2");

        admin.syncStored();
        assertThat(here.get("acme-pdu").description()).as("the node that added it keeps it")
                .isEqualTo("ACME rack PDU, firmware 2");

        admin.remove("acme-pdu");
        otherNode.syncStored();
        assertThat(there.all()).extracting(DeviceProfile::id).doesNotContain("acme-pdu");
    }

    @BothDatabases
    void aBadFileIsRefusedNamingTheLineOrTheFieldAndNothingIsStored(Database db) {
        ProfileCatalog catalog = ProfileCatalog.builtIn();
        AdminProfiles admin = new AdminProfiles(db, catalog, Clock.systemUTC());
        int shipped = catalog.all().size();

        assertThatThrownBy(() -> admin.add("broken.json", "{\n  \"id\": \"x\",\n  \"match\": {\n  ]}"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("broken.json:")
                .hasMessageContaining("line 4");
        assertThatThrownBy(() -> admin.add("trailing.json", MINE + "\n}"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("trailing.json:")
                .hasMessageContaining("line 10");
        assertThatThrownBy(() -> admin.add("oid.json", MINE.replace("1.3.6.1.4.1.55555.1.1.0", "sysUpTime")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e).hasMessage("oid.json#scalars[0].oid: 'sysUpTime' is not a dotted OID like"
                            + " 1.3.6.1.2.1.33.1.2.4.0");
                    assertThat(e.reason(Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("'sysUpTime' 不是点分格式的 OID，格式应如 1.3.6.1.2.1.33.1.2.4.0");
                });
        assertThatThrownBy(() -> admin.add("typo.json", MINE.replace("\"unit\"", "\"units\"")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("scalars[0]");
        assertThatThrownBy(() -> admin.add("ups.json", MINE.replace("acme-pdu", "ups-mib")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("shipped profile")
                .satisfies(e -> assertThat(((ConflictException) e).reason(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("'ups-mib' 是系统自带的采集模板，请为您的模板另取 ID"));
        assertThatThrownBy(() -> catalog.get("nobody-made-this"))
                .satisfies(e -> assertThat(((NotFoundException) e).reason(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("设备采集模板 nobody-made-this 不存在"))
                .hasMessage("device profile nobody-made-this does not exist");
        assertThatThrownBy(() -> admin.add(null, "  ")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("body:");

        assertThat(catalog.all()).hasSize(shipped);
        assertThat(admin.registerStored()).isZero();
    }
}
