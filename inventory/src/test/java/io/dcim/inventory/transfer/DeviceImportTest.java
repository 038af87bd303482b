package io.dcim.inventory.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.common.table.Table;
import io.dcim.common.table.TableFormat;
import io.dcim.common.table.TableReader;
import io.dcim.common.table.TableWriter;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cable.PortQueries;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceQueries;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.gpu.GpuFilter;
import io.dcim.inventory.gpu.GpuQueries;
import io.dcim.inventory.gpu.GpuService;
import io.dcim.inventory.port.DevicePorts;
import io.dcim.inventory.port.PortTemplate;
import io.dcim.inventory.tenant.TenantKind;
import io.dcim.inventory.tenant.TenantService;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

class DeviceImportTest {

    private static final String HEADER = "asset_tag,serial,name,model,status,site,room,cabinet,position_u,face,tenant,gpu_serials,notes\n";

    private record Setup(InventoryFixture f, DeviceImport importer, DeviceQueries devices, GpuQueries gpus) {
    }

    private static Setup setUp(Database db) {
        InventoryFixture f = new InventoryFixture(db);
        f.cabinet("A01");
        f.cabinet("A02");
        new TenantService(db).create("Inner Mongolia University", TenantKind.UNIVERSITY);
        return new Setup(f, new DeviceImport(db, f.devices, new GpuService(db)), new DeviceQueries(db), new GpuQueries(db));
    }

    private static Table csv(String body) {
        return new TableReader(100_000).read((HEADER + body).getBytes(StandardCharsets.UTF_8));
    }

    @BothDatabases
    void importsServersWithTheirCardsIntoCabinets(Database db) {
        Setup s = setUp(db);
        ImportReport report = s.importer.apply(csv("""
                IM-1,SN-1,node-1,Dell PowerEdge XE9680 8x H100 SXM5,INSTALLED,Test IDC,Hall 1,A01,2,FRONT,Inner Mongolia University,G1;G2;G3,
                IM-2,SN-2,,S6850-56HF leaf 48x25G 8x100G,installed,Test IDC,,A01,42,,,,top of rack
                IM-3,SN-3,,H3C UniServer R4900 G5,RECEIVED,,,,,,,,in stock
                """), done -> { });

        assertThat(report.problems()).isEmpty();
        assertThat(report.written()).isTrue();
        assertThat(report.devices()).isEqualTo(3);
        assertThat(report.gpus()).isEqualTo(3);
        var placed = s.devices.page(DeviceFilter.all(), PageRequest.first(10, "assetTag")).items();
        assertThat(placed).extracting(d -> d.assetTag() + "@" + d.cabinetName() + "/" + d.positionU() + "/" + d.face())
                .containsExactly("IM-1@A01/2/FRONT", "IM-2@A01/42/FRONT", "IM-3@null/null/null");
        var cards = s.gpus.page(new GpuFilter(null, null, null, null, null), PageRequest.first(10, "serial")).items();
        assertThat(cards).extracting(g -> g.serial() + ":" + g.tenantName())
                .containsExactly("G1:Inner Mongolia University", "G2:Inner Mongolia University", "G3:Inner Mongolia University");
    }

    /** A sheet a Chinese engineer headed in Chinese imports as one headed with the column names. */
    @BothDatabases
    void acceptsHeadsInChineseAsInEnglish(Database db) {
        Setup s = setUp(db);
        Table chinese = new TableReader(100_000).read(("资产标签,序列号,名称,型号,状态,站点,机房,机柜,U位,朝向,租户,GPU 序列号,备注\n"
                + "IM-1,SN-1,node-1,Dell PowerEdge XE9680 8x H100 SXM5,INSTALLED,Test IDC,Hall 1,A01,2,FRONT,"
                + "Inner Mongolia University,G1;G2,上架\n").getBytes(StandardCharsets.UTF_8));

        ImportReport report = s.importer.apply(chinese, done -> { });

        assertThat(report.problems()).isEmpty();
        assertThat(report.devices()).isEqualTo(1);
        assertThat(report.gpus()).isEqualTo(2);
        assertThat(s.devices.page(DeviceFilter.all(), PageRequest.first(10, "assetTag")).items())
                .extracting(d -> d.assetTag() + "@" + d.cabinetName() + "/" + d.positionU())
                .containsExactly("IM-1@A01/2");
    }

    @BothDatabases
    void reportsEveryFailingRowAndWritesNothing(Database db) {
        Setup s = setUp(db);
        ImportReport report = s.importer.apply(csv("""
                IM-1,SN-1,,Dell PowerEdge XE9680 8x H100 SXM5,INSTALLED,Test IDC,,A01,2,FRONT,,,
                IM-2,SN-2,,Dell PowerEdge XE9680 8x H100 SXM5,INSTALLED,Test IDC,,A01,5,FRONT,,,
                IM-3,SN-3,,No Such Model,INSTALLED,Test IDC,,A01,20,FRONT,,,
                IM-4,SN-1,,S6850-56HF leaf 48x25G 8x100G,RECEIVED,,,,,,,,
                IM-5,SN-5,,S6850-56HF leaf 48x25G 8x100G,INSTALLED,Test IDC,,Z99,1,FRONT,,,
                IM-6,SN-6,,S6850-56HF leaf 48x25G 8x100G,BROKEN,,,,,,,,
                IM-7,SN-7,,S6850-56HF leaf 48x25G 8x100G,INSTALLED,Test IDC,,A02,x,FRONT,,,
                IM-8,SN-8,,S6850-56HF leaf 48x25G 8x100G,INSTALLED,Test IDC,,A02,40,FRONT,,G9,
                """), done -> { });

        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(p -> p.line() + " " + p.column())
                .containsExactly("3 position_u", "4 model", "5 serial", "6 cabinet", "7 status", "8 position_u", "9 gpu_serials");
        assertThat(report.problems().get(0).message()).contains("occupied by IM-1");
        assertThat(report.problems().get(2).message()).contains("SN-1");
        assertThat(report.problems().get(4).message()).contains("BROKEN").contains("INSTALLED");
        assertThat(s.devices.page(DeviceFilter.all(), PageRequest.first(10, "assetTag")).total()).isZero();
        assertThat(s.f.cabinets.find(cabinetId(s, "A01")).getDeviceCount()).isZero();
    }

    /**
     * 40 switches and a server pass the import's 25-row checkpoint and the port writer's
     * 2,000-port batch, so ports are written both mid-import and at its end.
     */
    @BothDatabases
    void importedDevicesGetThePortsOfTheirModelsTemplates(Database db) {
        Setup s = setUp(db);
        StringBuilder rows = new StringBuilder("IM-S,SN-S,,Dell PowerEdge XE9680 8x H100 SXM5,INSTALLED,Test IDC,,A01,2,FRONT,,G1,\n"
                + "IM-P,SN-P,,EDGE patch panel 1U 24x LC 4x MPO-12,INSTALLED,Test IDC,,A01,40,FRONT,,,\n");
        for (int i = 1; i <= 40; i++) {
            rows.append("IM-W").append(i).append(",SN-W").append(i).append(",,S6850-56HF leaf 48x25G 8x100G,RECEIVED,,,,,,,,\n");
        }

        ImportReport report = s.importer.apply(csv(rows.toString()), done -> { });

        assertThat(report.problems()).isEmpty();
        assertThat(report.devices()).isEqualTo(42);
        PortQueries ports = new PortQueries(db);
        List<Object[]> devices = db.read(session -> session.createQuery(
                "select d.id, d.model.id, d.assetTag from Device d", Object[].class).getResultList());
        assertThat(devices).hasSize(42);
        long expectedTotal = 0;
        for (Object[] device : devices) {
            List<PortTemplate> templates = db.read(session -> DevicePorts.templatesOf(session, (Long) device[1]));
            List<String> expected = new ArrayList<>();
            for (PortTemplate t : templates) {
                for (int i = 1; i <= t.getCount(); i++) {
                    expected.add(t.getNamePrefix() + i + ":" + t.getKind() + ":" + t.isBreakout());
                }
            }
            assertThat(templates).as("templates of %s", device[2]).isNotEmpty();
            assertThat(ports.ofDevice((Long) device[0])).as("ports of %s", device[2])
                    .extracting(p -> p.name() + ":" + p.kind() + ":" + p.breakout()).containsExactlyElementsOf(expected);
            expectedTotal += expected.size();
        }
        assertThat(portCount(db)).isEqualTo(expectedTotal).isGreaterThan(2_000);
        // the panel's fronts are wired behind it to its rears: six LC positions per MPO-12 rear
        List<String> wiring = db.read(session -> session.createQuery("select p.name || '>' || r.name || '/' || p.rearPosition"
                + " from Port p join p.rearPort r where p.device.assetTagKey = 'IM-P' order by p.position", String.class)
                .getResultList());
        assertThat(wiring).hasSize(24).startsWith("front1>rear1/1", "front2>rear1/2").contains("front9>rear2/3")
                .endsWith("front24>rear4/6");
    }

    @BothDatabases
    void aRefusedRowLeavesNoDevicePortOrCardWritten(Database db) {
        Setup s = setUp(db);
        StringBuilder rows = new StringBuilder("IM-S,SN-S,,Dell PowerEdge XE9680 8x H100 SXM5,INSTALLED,Test IDC,,A01,2,FRONT,,G1;G2,\n");
        for (int i = 1; i <= 30; i++) {
            rows.append("IM-W").append(i).append(",SN-W").append(i).append(",,S6850-56HF leaf 48x25G 8x100G,RECEIVED,,,,,,,,\n");
        }
        rows.append("IM-X,SN-X,,S6850-56HF leaf 48x25G 8x100G,RECEIVED,,,,,,,,\n");
        rows.append("IM-Y,SN-X,,S6850-56HF leaf 48x25G 8x100G,RECEIVED,,,,,,,,\n");

        ImportReport report = s.importer.apply(csv(rows.toString()), done -> { });

        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(p -> p.line() + " " + p.column()).containsExactly("34 serial");
        assertThat(s.devices.page(DeviceFilter.all(), PageRequest.first(10, "assetTag")).total()).isZero();
        assertThat(portCount(db)).isZero();
        long cards = db.read(session -> session.createQuery("select count(g) from Gpu g", Long.class).getSingleResult());
        assertThat(cards).isZero();
    }

    @BothDatabases
    void aControlCharacterInAnImportedCellIsRefusedByLineAndColumnAndNothingIsWrittenOnBothDatabases(Database db) {
        Setup s = setUp(db);
        ImportReport report = s.importer.apply(csv("IM-1,SN-1,node\u00001,S6850-56HF leaf 48x25G 8x100G,RECEIVED,,,,,,,,\n"
                + "IM-2,SN-2,,S6850-56HF leaf 48x25G 8x100G,RECEIVED,,,,,,,,rack\u0000ed\n"), done -> { });

        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(p -> p.line() + " " + p.column()).containsExactly("2 name", "3 notes");
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.message()).contains("U+0000"));
        assertThat(s.devices.page(DeviceFilter.all(), PageRequest.first(10, "assetTag")).total()).isZero();
    }

    @BothDatabases
    void aRefusalQuotesOnlyAShortExcerptOfAHugeCell(Database db) {
        Setup s = setUp(db);
        String huge = "M".repeat(100_000);

        ImportReport report = s.importer.check(csv("IM-1,SN-1,," + huge + ",INSTALLED,Test IDC,,A01,U" + huge + ",FRONT,"
                + huge + ",,\n"), done -> { });

        assertThat(report.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).hasSizeLessThan(200));
        assertThat(report.problems().get(0).message()).contains("'MMMMMMMM");
    }

    @BothDatabases
    void checkingAValidFileWritesNothing(Database db) {
        Setup s = setUp(db);
        List<Integer> progress = new ArrayList<>();
        ImportReport report = s.importer.check(csv("IM-1,SN-1,,S6850-56HF leaf 48x25G 8x100G,RECEIVED,,,,,,,,\n"),
                progress::add);

        assertThat(report.isValid()).isTrue();
        assertThat(report.written()).isFalse();
        assertThat(report.devices()).isEqualTo(1);
        assertThat(progress).containsExactly(1);
        assertThat(s.devices.page(DeviceFilter.all(), PageRequest.first(10, "assetTag")).total()).isZero();
        assertThat(portCount(db)).isZero();
    }

    @BothDatabases
    void refusesAFileWithoutTheRequiredColumns(Database db) {
        Setup s = setUp(db);
        Table table = new TableReader(10).read("tag,serial\nA,B\n".getBytes(StandardCharsets.UTF_8));

        ImportReport report = s.importer.apply(table, done -> { });

        assertThat(report.problems()).extracting(RowProblem::column).containsExactly("asset_tag", "model", "status");
        assertThat(report.problems().get(0).message())
                .isEqualTo("the header has no 'asset_tag' column; download the template");
        assertThat(report.problems().get(0).message(java.util.Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("表头中没有“asset_tag”列，请下载模板");
    }

    @BothDatabases
    void anExportedListImportsBackIntoAnEmptySite(Database db) {
        Setup s = setUp(db);
        Cabinet a01 = s.f.cabinets.find(cabinetId(s, "A01"));
        s.f.install(s.f.h100Server(), a01, 2, Face.FRONT);
        s.f.install(s.f.leafSwitch(), a01, 42, Face.REAR);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.open(TableFormat.XLSX, out)) {
            assertThat(new DeviceExport(db, s.devices).write(DeviceFilter.all(), writer)).isEqualTo(2);
        }
        Table exported = new TableReader(10).read(out.toByteArray());
        db.execute(session -> {
            // devices now own their ports (made from the model): they go first
            session.createMutationQuery("delete from Port").executeUpdate();
            session.createMutationQuery("delete from Device").executeUpdate();
        });
        db.execute(session -> session.createMutationQuery("update Cabinet c set c.usedU = 0, c.typicalW = 0, c.deviceCount = 0")
                .executeUpdate());

        ImportReport report = s.importer.apply(exported, done -> { });

        assertThat(report.problems()).isEmpty();
        assertThat(s.devices.page(DeviceFilter.inCabinet(a01.getId()), PageRequest.first(10, "assetTag")).items())
                .extracting(d -> d.positionU() + "/" + d.face()).containsExactlyInAnyOrder("2/FRONT", "42/REAR");
    }

    private static long portCount(Database db) {
        return db.read(session -> session.createQuery("select count(p) from Port p", Long.class).getSingleResult());
    }

    private static long cabinetId(Setup s, String name) {
        return s.f.db.read(session -> session.createQuery("select c.id from Cabinet c where c.name = :n", Long.class)
                .setParameter("n", name).getSingleResult());
    }

    /** The door's check is not the one that decides: without inventory.import nothing is read or written. */
    @BothDatabases
    void theImportFacadeNeedsTheImportPermissionAndWritesUnderTheCallersName(Database db) {
        Setup s = setUp(db);
        DeviceImportFacade imports = new DeviceImportFacade(s.importer);
        Table table = csv("IM-9,SN-9,,H3C UniServer R4900 G5,RECEIVED,,,,,,,,in stock\n");

        assertThatThrownBy(() -> imports.apply(io.dcim.common.access.Caller.of("analyst", io.dcim.common.access.Permission.READ),
                table, done -> { }))
                .isInstanceOf(io.dcim.common.error.NotPermittedException.class).hasMessageContaining("inventory.import");
        assertThat(s.devices.page(io.dcim.inventory.device.DeviceFilter.all(), io.dcim.common.paging.PageRequest.first(5, "assetTag"))
                .total()).isZero();

        ImportReport report = imports.apply(io.dcim.common.access.Caller.of("ops-li", io.dcim.common.access.Permission.INVENTORY_IMPORT),
                table, done -> { });
        assertThat(report.written()).isTrue();
        assertThat(new io.dcim.inventory.history.HistoryService(db).recent(10))
                .anySatisfy(change -> assertThat(change.actor()).isEqualTo("ops-li"));
    }
}
