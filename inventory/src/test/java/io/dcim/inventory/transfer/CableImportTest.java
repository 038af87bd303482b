package io.dcim.inventory.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.common.table.Table;
import io.dcim.common.table.TableReader;
import io.dcim.inventory.cable.CableFilter;
import io.dcim.inventory.cable.CableQueries;
import io.dcim.inventory.cable.CableService;
import io.dcim.inventory.cable.CableStatus;
import io.dcim.inventory.cable.CableSummary;
import io.dcim.inventory.cable.CableType;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

class CableImportTest {

    private static final String HEADER = "label,type,a_device,a_port,b_device,b_port,length_m,colour,status\n";
    private static final Caller OPS = Caller.of("ops-zhao", Permission.READ, Permission.CABLE_EDIT,
            Permission.INVENTORY_IMPORT);

    private record Setup(CableImportFacade imports, CableQueries list, Device server, Device leaf, Device a800) {

        long cables() {
            return list.page(CableFilter.all(), PageRequest.first(1, "label")).total();
        }
    }

    private static Setup setUp(Database db) {
        InventoryFixture f = new InventoryFixture(db);
        CableService service = new CableService(db);
        return new Setup(new CableImportFacade(new CableImport(db, service)), new CableQueries(db),
                f.install(f.h100Server(), f.cabinet("A02"), 2, Face.FRONT),
                f.install(f.model("Quantum-2"), f.cabinet("A01"), 20, Face.FRONT),
                f.install(f.model("UniServer R5500"), f.cabinet("A03"), 2, Face.FRONT));
    }

    private static Table csv(String body) {
        return new TableReader(100_000).read((HEADER + body).getBytes(StandardCharsets.UTF_8));
    }

    @BothDatabases
    void aValidFileWritesEveryCableIncludingBreakouts(Database db) {
        Setup s = setUp(db);
        String server = s.server.getAssetTag();
        String leaf = s.leaf.getAssetTag();
        Table file = csv("IB-1,aoc," + server + ",ib1," + leaf + ",p1,7.5,aqua,installed\n"
                + "IB-2,AOC," + server.toLowerCase(Locale.ROOT) + ",IB2," + leaf + ",p2,,,\n"
                + "BO-1,breakout," + leaf + ",p3," + s.a800.getAssetTag() + ",ib1;ib2,3 m,,planned\n");

        CableImportReport checked = s.imports.check(OPS, file);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.written()).isFalse();
        assertThat(s.cables()).isZero();

        CableImportReport report = s.imports.apply(OPS, file);
        assertThat(report.written()).isTrue();
        assertThat(report.cables()).isEqualTo(3);
        List<CableSummary> cables = s.list.page(CableFilter.all(), PageRequest.first(10, "label")).items();
        assertThat(cables).extracting(CableSummary::label).containsExactly("BO-1", "IB-1", "IB-2");
        assertThat(cables.get(0).lanes()).isEqualTo(2);
        assertThat(cables.get(1).status()).isEqualTo(CableStatus.INSTALLED);
        assertThat(cables.get(2).status()).as("no status: planned").isEqualTo(CableStatus.PLANNED);
        assertThat(cables.get(2).type()).isEqualTo(CableType.AOC);
    }

    @BothDatabases
    void everyBadRowIsListedWithItsLineAndColumnAndNothingIsWritten(Database db) {
        Setup s = setUp(db);
        String server = s.server.getAssetTag();
        String leaf = s.leaf.getAssetTag();
        Table file = csv("OK-1,AOC," + server + ",ib1," + leaf + ",p1,,,\n"
                + "BAD-2,copper," + server + ",ib2," + leaf + ",p2,,,\n"
                + "BAD-3,AOC,NO-SUCH-DEVICE,ib3," + leaf + ",p3,,,\n"
                + "BAD-4,AOC," + server + ",ib9," + leaf + ",p4,,,\n"
                + "BAD-5,AOC," + server + ",ib1," + leaf + ",p5,,,\n"
                + "OK-1,AOC," + server + ",ib6," + leaf + ",p6,,,\n"
                + "BAD-7,CAT6," + server + ",ib7," + leaf + ",p7,,,\n"
                + "BAD-8,AOC," + server + ",ib8," + leaf + ",p8,long,,\n");

        CableImportReport report = s.imports.apply(OPS, file);

        assertThat(report.written()).isFalse();
        assertThat(report.cables()).isZero();
        assertThat(report.problems()).extracting(p -> p.line() + ":" + p.column()).containsExactly(
                "3:type", "4:a_device", "5:a_port", "6:a_port", "7:label", "8:type", "9:length_m");
        assertThat(report.problems().get(1).message()).contains("NO-SUCH-DEVICE");
        assertThat(report.problems().get(2).message(Locale.SIMPLIFIED_CHINESE)).contains("ib9");
        assertThat(s.cables()).isZero();
    }

    @BothDatabases
    void aFileWithoutTheEndsColumnsIsRefusedAsAWholeAndTheImportNeedsBothPermissions(Database db) {
        Setup s = setUp(db);
        Table file = new TableReader(100_000).read("label,type\nX,AOC\n".getBytes(StandardCharsets.UTF_8));
        assertThat(s.imports.check(OPS, file).problems()).extracting(RowProblem::column)
                .containsExactly("a_device", "a_port", "b_device", "b_port");
        assertThatThrownBy(() -> s.imports.apply(Caller.of("ops-only-cables", Permission.READ, Permission.CABLE_EDIT),
                file)).isInstanceOf(NotPermittedException.class).hasMessageContaining("inventory.import");
        assertThatThrownBy(() -> s.imports.apply(Caller.of("importer", Permission.READ, Permission.INVENTORY_IMPORT),
                file)).isInstanceOf(NotPermittedException.class).hasMessageContaining("cable.edit");
    }
}
