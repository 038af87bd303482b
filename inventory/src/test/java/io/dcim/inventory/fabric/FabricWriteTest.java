package io.dcim.inventory.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cable.CableFilter;
import io.dcim.inventory.cable.CableQueries;
import io.dcim.inventory.cable.CableService;
import io.dcim.inventory.cable.CableStatus;
import io.dcim.inventory.cable.CableType;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

class FabricWriteTest {

    private static final Caller OPS = Caller.of("ops-li", Permission.READ, Permission.CABLE_EDIT);
    private static final Caller READER = Caller.of("analyst-wang", Permission.READ);

    /*
     * 4 servers with 2 fabric NICs each on 16-port NDR switches, 1:1: a leaf has 8 down and 8 up, so
     * one unit of (up to) 8 servers with 2 rail leaves, and 2 × 8 / 16 = 1 spine. Links: 4 × 2 = 8
     * server → leaf and 2 × 8 = 16 leaf → spine, 24 cables. By the plan's placement (two servers a cabinet,
     * leaves in their unit's row, spines in network rows of their own) servers reach their leaves along the
     * row (AOC) and leaves reach the spine beyond it (MMF between two optics).
     */
    private static final FabricRequest FOUR_SERVERS = new FabricRequest(null, 4, 8, 2, 16, 400, Tiers.TWO, 1,
            new Placement(2, 16, true, 16));

    private record Setup(FabricFacade fabric, InventoryFixture f, List<Device> servers, Device leaf1, Device leaf2,
            Device spine) {

        FabricSelection selection(String prefix) {
            return new FabricSelection(f.site.getId(), null, null, null, prefix);
        }

        long cables(String label) {
            return new CableQueries(f.db).page(new CableFilter(f.site.getId(), null, null, null, null, label),
                    PageRequest.first(1, "label")).total();
        }
    }

    /** Devices installed out of floor order, and an Ethernet switch without 400G ports that must not be chosen. */
    private static Setup setUp(Database db) {
        InventoryFixture f = new InventoryFixture(db);
        Cabinet a01 = f.cabinet("A01");
        Cabinet a02 = f.cabinet("A02");
        Cabinet a03 = f.cabinet("A03");
        Device s3 = f.install(f.h100Server(), a02, 2, Face.FRONT);
        Device s1 = f.install(f.h100Server(), a01, 2, Face.FRONT);
        Device s4 = f.install(f.h100Server(), a02, 10, Face.FRONT);
        Device s2 = f.install(f.h100Server(), a01, 10, Face.FRONT);
        f.install(f.leafSwitch(), a03, 18, Face.FRONT);
        Device spine = f.install(f.model("Quantum-2"), a03, 22, Face.FRONT);
        Device leaf1 = f.install(f.model("Quantum-2"), a03, 20, Face.FRONT);
        Device leaf2 = f.install(f.model("Quantum-2"), a03, 21, Face.FRONT);
        return new Setup(new FabricFacade(db, new CableService(db)), f, List.of(s1, s2, s3, s4), leaf1, leaf2, spine);
    }

    @BothDatabases
    void thePreviewShowsTheChosenDevicesAndTheFirstCablesAndWritesNothing(Database db) {
        Setup s = setUp(db);

        FabricWriteReport preview = s.fabric.previewWrite(OPS, FOUR_SERVERS, s.selection("R7"), 3);

        assertThat(preview.devices().servers()).containsExactlyElementsOf(s.servers.stream().map(Device::getId).toList());
        assertThat(preview.devices().leaves()).containsExactly(s.leaf1.getId(), s.leaf2.getId());
        assertThat(preview.devices().spines()).containsExactly(s.spine.getId());
        assertThat(preview.cables()).isEqualTo(24);
        assertThat(preview.plan().tier(FabricTier.SERVER_TO_LEAF).aoc()).isEqualTo(8);
        assertThat(preview.firstRows()).hasSize(3);
        PlannedCable first = preview.firstRows().get(0);
        assertThat(List.of(first.label(), first.fromDevice(), first.fromPort(), first.toDevice(), first.toPort()))
                .containsExactly("R7-1", s.servers.get(0).getAssetTag(), "ib1", s.leaf1.getAssetTag(), "p1");
        assertThat(first.type()).isEqualTo(CableType.AOC);
        assertThat(preview.firstRows().get(1).toDevice()).isEqualTo(s.leaf2.getAssetTag());
        assertThat(preview.isValid()).isTrue();
        assertThat(preview.written()).isFalse();
        assertThat(s.cables("R7")).isZero();
    }

    @BothDatabases
    void writingLaysEveryCableAsPlannedAndASecondWriteIsRefusedCableByCableWithNothingWritten(Database db) {
        Setup s = setUp(db);

        FabricWriteReport written = s.fabric.writePlanned(OPS, FOUR_SERVERS, s.selection("R7"), 0);

        assertThat(written.written()).isTrue();
        assertThat(s.cables("R7")).isEqualTo(24);
        assertThat(new CableQueries(db).page(new CableFilter(null, null, s.spine.getId(), CableType.MMF,
                CableStatus.PLANNED, null), PageRequest.first(1, "label")).total()).isEqualTo(16);

        FabricWriteReport again = s.fabric.writePlanned(OPS, FOUR_SERVERS, s.selection("R8"), 0);

        assertThat(again.written()).isFalse();
        assertThat(again.refused()).isEqualTo(24);
        assertThat(again.refusals()).hasSize(24);
        assertThat(again.refusals().get(0).cable().label()).isEqualTo("R8-1");
        assertThat(again.refusals().get(0).field()).isNotBlank();
        assertThat(s.cables("R8")).isZero();
    }

    @BothDatabases
    void aSelectionWithTooFewSwitchesIsRefusedNamingTheSwitchFilterAndReadersMayNotWrite(Database db) {
        Setup s = setUp(db);
        FabricSelection leavesOnly = new FabricSelection(s.f.site.getId(), null, null, s.leaf1.getAssetTag(), "R9");

        assertThatThrownBy(() -> s.fabric.previewWrite(OPS, FOUR_SERVERS, leavesOnly, 5))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("switchMatch: ");
        assertThatThrownBy(() -> s.fabric.writePlanned(READER, FOUR_SERVERS, s.selection("R9"), 5))
                .isInstanceOf(NotPermittedException.class);
        assertThat(s.cables("R9")).isZero();
    }

    @BothDatabases
    void theInstallersWorkbookListsEveryCableOnTheChosenDevicesHeadedInTheReadersLanguage(Database db) throws Exception {
        Setup s = setUp(db);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        s.fabric.workbook(READER, FOUR_SERVERS, s.selection("R7"), Locale.SIMPLIFIED_CHINESE).write(out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetName(0)).isEqualTo("汇总");
            Sheet cables = book.getSheet("线缆");
            assertThat(cables.getRow(0).getCell(0).getStringCellValue()).isEqualTo("标签");
            assertThat(cables.getLastRowNum()).isEqualTo(24);
            assertThat(cables.getRow(1).getCell(2).getStringCellValue()).isEqualTo(s.servers.get(0).getAssetTag());
            assertThat(cables.getRow(1).getCell(6).getStringCellValue()).isEqualTo("AOC");
            assertThat(cables.getRow(24).getCell(4).getStringCellValue()).isEqualTo(s.spine.getAssetTag());
        }
        assertThat(s.cables("R7")).isZero();
    }

    /*
     * Without devices the rows carry the plan's own names. 1,024 GPUs on the SuperPOD layout: 128 servers ×
     * 8 NICs = 1,024 server → leaf links, 4 units × 8 = 32 leaves × 32 uplinks = 1,024 leaf → spine: 2,048
     * rows; the leaf → spine links leave the server rows, so each has two optics.
     */
    @BothDatabases
    void aPlanNotYetOnDevicesIsExportedUnderThePlansOwnNamesInEnglish(Database db) throws Exception {
        Setup s = setUp(db);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        s.fabric.workbook(READER, FabricRequest.superPod(1024, Tiers.TWO), null, Locale.ENGLISH).write(out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet cables = book.getSheet("Cables");
            assertThat(cables.getLastRowNum()).isEqualTo(2048);
            assertThat(cables.getRow(1).getCell(2).getStringCellValue()).isEqualTo("server-001");
            assertThat(cables.getRow(1).getCell(3).getStringCellValue()).isEqualTo("nic1");
            assertThat(cables.getRow(1).getCell(4).getStringCellValue()).isEqualTo("leaf-01");
            assertThat(cables.getRow(2048).getCell(8).getNumericCellValue()).isEqualTo(2.0);
            assertThat(book.getSheet("Summary").getRow(0).getCell(1).getNumericCellValue()).isEqualTo(128.0);
        }
    }
}
