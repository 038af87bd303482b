package io.dcim.inventory.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.common.table.Table;
import io.dcim.common.table.TableFormat;
import io.dcim.common.table.TableReader;
import io.dcim.common.table.TableWriter;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cable.CableFilter;
import io.dcim.inventory.cable.CableQueries;
import io.dcim.inventory.cable.CableService;
import io.dcim.inventory.cable.CableStatus;
import io.dcim.inventory.cable.CableSummary;
import io.dcim.inventory.cable.CableType;
import io.dcim.inventory.cable.NewCable;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CableExportTest {

    private record Setup(InventoryFixture f, Device server, Device leaf, CableExport export) {
    }

    /** A server in A02 with two cables to a leaf in A01: one AOC with length and colour, one planned DAC. */
    private static Setup cabled(Database db) {
        InventoryFixture f = new InventoryFixture(db);
        Cabinet network = f.cabinet("A01");
        Cabinet compute = f.cabinet("A02");
        Device server = f.install(f.h100Server(), compute, 2, Face.FRONT);
        Device leaf = f.install(f.model("Quantum-2"), network, 20, Face.FRONT);
        long ib1 = f.port(server, "ib1");
        long ib2 = f.port(server, "ib2");
        new CableService(db).connectAll(List.of(
                new NewCable("EX-1", CableType.AOC, ib1, List.of(f.port(leaf, "p1")), new BigDecimal("5.00"), "aqua",
                        CableStatus.INSTALLED),
                NewCable.between("EX-2", CableType.DAC, ib2, f.port(leaf, "p2"), CableStatus.PLANNED)));
        return new Setup(f, server, leaf, new CableExport(db));
    }

    private static Table written(TableFormat format, java.util.function.Consumer<TableWriter> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.open(format, out)) {
            body.accept(writer);
        }
        return new TableReader(1_000).read(out.toByteArray());
    }

    @BothDatabases
    void theExportIsTheImportsLayoutAndImportsBackTheSameCablesOnceTheyAreGone(Database db) {
        Setup s = cabled(db);
        CableFilter ours = new CableFilter(s.f.site.getId(), null, null, null, null, "EX-");

        Table table = written(TableFormat.XLSX, out -> s.export.write(ours, out));

        assertThat(table.columns()).containsExactlyElementsOf(CableImport.COLUMNS);
        assertThat(table.rows()).hasSize(2);
        Table.Row first = table.rows().get(0);
        assertThat(List.of(first.get("label"), first.get("type"), first.get("a_device"), first.get("a_port"),
                first.get("b_device"), first.get("b_port"), first.get("length_m"), first.get("colour"), first.get("status")))
                .containsExactly("EX-1", "AOC", s.server.getAssetTag(), "ib1", s.leaf.getAssetTag(), "p1", "5", "aqua",
                        "INSTALLED");

        CableQueries queries = new CableQueries(db);
        CableService cables = new CableService(db);
        for (CableSummary c : queries.page(ours, PageRequest.first(10, "label")).items()) {
            if (c.status() == CableStatus.INSTALLED) {
                int version = cables.changeStatus(c.id(), c.version(), CableStatus.DECOMMISSIONED).getVersion();
                cables.delete(c.id(), version);
            } else {
                cables.delete(c.id(), c.version());
            }
        }
        assertThat(queries.page(ours, PageRequest.first(1, "label")).total()).isZero();

        CableImportReport report = new CableImport(db, cables).apply(table);

        assertThat(report.problems()).isEmpty();
        List<CableSummary> back = queries.page(ours, PageRequest.first(10, "label")).items();
        assertThat(back).extracting(CableSummary::label, CableSummary::type, CableSummary::status, CableSummary::aPort,
                CableSummary::bPort).containsExactly(
                org.assertj.core.groups.Tuple.tuple("EX-1", CableType.AOC, CableStatus.INSTALLED, "ib1", "p1"),
                org.assertj.core.groups.Tuple.tuple("EX-2", CableType.DAC, CableStatus.PLANNED, "ib2", "p2"));
        assertThat(back.get(0).lengthM()).isEqualByComparingTo("5");
    }

    @BothDatabases
    void labelsComeTwoACableEachEndNamingItselfThenTheFarEnd(Database db) {
        Setup s = cabled(db);

        Table table = written(TableFormat.CSV, out -> s.export.labels(new CableFilter(null, null, null, null, null, "EX-1"),
                out));

        assertThat(table.columns()).containsExactlyElementsOf(CableExport.LABEL_COLUMNS);
        assertThat(table.rows()).hasSize(2);
        String server = "Hall 1/A02/U2 " + s.server.getAssetTag() + " ib1";
        String leaf = "Hall 1/A01/U20 " + s.leaf.getAssetTag() + " p1";
        assertThat(table.rows().get(0).get("end")).isEqualTo("A");
        assertThat(table.rows().get(0).get("line_1")).isEqualTo(server);
        assertThat(table.rows().get(0).get("line_2")).isEqualTo("→ " + leaf);
        assertThat(table.rows().get(1).get("end")).isEqualTo("B");
        assertThat(table.rows().get(1).get("line_1")).isEqualTo(leaf);
        assertThat(table.rows().get(1).get("line_2")).isEqualTo("→ " + server);
    }

    @Test
    void aLongEndDropsItsRoomThenCutsTheDeviceNameFromTheFrontToFitALabelLine() {
        CableExport.End fits = new CableExport.End("A", 1, "ib1", "T", "gpu-a01-07", "Hall 1", "A01", 2);
        CableExport.End roomy = new CableExport.End("A", 1, "ib1", "T", "gpu-node-a01-07", "Data Hall 1", "A01", 2);
        CableExport.End longName = new CableExport.End("A", 1, "ib1", "T", "inner-mongolia-gpu-node-a01-07", "Data Hall 1",
                "A01", 2);

        assertThat(CableExport.line(fits)).isEqualTo("Hall 1/A01/U2 gpu-a01-07 ib1");
        assertThat(CableExport.line(roomy)).isEqualTo("A01/U2 gpu-node-a01-07 ib1");
        assertThat(CableExport.line(longName)).endsWith("node-a01-07 ib1").startsWith("A01/U2 \u2026")
                .hasSizeLessThanOrEqualTo(CableExport.LINE_CHARS);
    }
}
