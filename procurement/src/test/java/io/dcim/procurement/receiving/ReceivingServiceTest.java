package io.dcim.procurement.receiving;

import static io.dcim.procurement.testing.ProcurementFixture.MANAGER_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.gpu.Gpu;
import io.dcim.inventory.gpu.GpuStatus;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.FixedAsset;
import io.dcim.procurement.order.OrderStatus;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestAction;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.request.TimelineEntry;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

class ReceivingServiceTest {

    @BothDatabases
    void aDeliveryCreatesDevicesInStockTheirGpusAndTheirAssetsAndMovesOrderAndRequestOn(Database db,
            ProcurementFixture f) {
        PurchaseOrder order = f.order(f.approved(2, "2000000.00"));
        f.clock.advance(Duration.ofDays(40));
        LocalDate arrived = f.today().minusDays(2);

        ReceiptResult result = f.receiving.receive(order.getId(), new Receipt(arrived, "DN-881", f.h100Units(1, 2)), "dock-dan");

        assertThat(result.deviceIds()).hasSize(2);
        assertThat(result.gpus()).isEqualTo(16);
        assertThat(result.orderStatus()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(result.requestStatus()).isEqualTo(RequestStatus.RECEIVED);
        Device device = f.inventory.devices.find(result.deviceIds().get(0));
        assertThat(device.getStatus()).isEqualTo(LifecycleStatus.RECEIVED);
        assertThat(device.getCabinet()).isNull();
        assertThat(device.getGpuCount()).isEqualTo(8);
        List<Gpu> cards = db.read(s -> s.createQuery("from Gpu g where g.server.id = :d", Gpu.class)
                .setParameter("d", device.getId()).getResultList());
        assertThat(cards).hasSize(8).allSatisfy(g -> assertThat(g.getStatus()).isEqualTo(GpuStatus.IN_SERVICE));

        FixedAsset asset = f.assets.find(result.assetIds().get(0));
        assertThat(asset.getDeviceId()).isEqualTo(device.getId());
        assertThat(asset.getAssetTag()).isEqualTo(device.getAssetTag());
        assertThat(asset.getCost()).as("VAT deductible: the net unit price").isEqualByComparingTo("2000000.00");
        assertThat(asset.getInServiceDate()).isEqualTo(arrived);
        assertThat(asset.getAssetClass()).isEqualTo(AssetClass.SERVER);
        assertThat(asset.getUsefulLifeMonths()).isEqualTo(60);
        assertThat(asset.getResidualRate()).isEqualByComparingTo("0.05");
        assertThat(asset.getSiteId()).isEqualTo(f.siteId());
        assertThat(f.receiving.receipts(order.getId())).singleElement().satisfies(r -> {
            assertThat(r.getReceivedBy()).isEqualTo("dock-dan");
            assertThat(r.getNote()).isEqualTo("DN-881");
            assertThat(f.receiving.units(r.getId())).extracting(ReceiptUnit::getGpuCount).containsExactly(8, 8);
        });
    }

    @BothDatabases
    void nothingOfTheDeliveryIsKeptWhenOneUnitIsRefused(Database db, ProcurementFixture f) {
        Delivery d = new Delivery(f);
        ReceivedUnit third = d.takeTheSerialInStock(2);
        long devicesBefore = count(db, "Device");

        assertThatThrownBy(() -> f.receiving.receive(d.order.getId(), new Receipt(f.today(), null, d.units), "dock-dan"))
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("units[2].serial: unit 3 (order line 1, asset tag " + third.assetTag() + ")")
                .hasMessageContaining("already used by device " + d.existing.getAssetTag());

        assertNothingReceived(db, devicesBefore);
        assertThat(f.orders.find(d.order.getId()).getLines().get(0).getReceivedQuantity()).isZero();
        assertThat(f.orders.find(d.order.getId()).getStatus()).isEqualTo(OrderStatus.OPEN);
        assertThat(f.requests.find(d.order.getRequest().getId()).getStatus()).isEqualTo(RequestStatus.ORDERED);
    }

    @BothDatabases
    void everyRefusedUnitIsListedWithItsColumnAndNothingIsKept(Database db, ProcurementFixture f) {
        Delivery d = new Delivery(f);
        d.takeTheSerialInStock(0);
        ReceivedUnit third = d.units.get(2);
        d.units.set(2, new ReceivedUnit(1, third.assetTag(), third.serial(), third.gpuSerials(), "NO-SUCH-CABINET", 10));
        long devicesBefore = count(db, "Device");

        assertThatThrownBy(() -> f.receiving.receive(d.order.getId(), new Receipt(f.today(), null, d.units), "dock-dan"))
                .isInstanceOfSatisfying(DeliveryRefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo("units");
                    assertThat(e.problems()).extracting(UnitProblem::unit, UnitProblem::column)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "serial"),
                                    org.assertj.core.groups.Tuple.tuple(3, "cabinet"));
                    assertThat(e.problems().get(0).message()).contains("already used by device " + d.existing.getAssetTag());
                    assertThat(e.problems().get(1).message()).contains("no cabinet NO-SUCH-CABINET");
                    assertThat(e.getMessage()).startsWith("units: 2 units were refused, nothing was received: unit 1, serial: ")
                            .contains("; unit 3, cabinet: ");
                    assertThat(e.reason(Locale.SIMPLIFIED_CHINESE))
                            .startsWith("2 台设备被拒收，本次未收货：第 1 台，serial：第 1 台（订单行 1，资产编号 ")
                            .contains("序列号 " + d.existing.getSerial() + " 已被设备 " + d.existing.getAssetTag() + " 使用")
                            .contains("；第 3 台，cabinet：");
                    assertThat(e.problems().get(1).message(Locale.SIMPLIFIED_CHINESE)).contains("没有机柜 NO-SUCH-CABINET");
                });

        assertNothingReceived(db, devicesBefore);
    }

    @BothDatabases
    void aUnitWhoseCabinetIsKnownIsReceivedIntoItsUnits(Database db, ProcurementFixture f) {
        var cabinet = f.inventory.cabinet("IM-A01");
        PurchaseOrder order = f.order(f.approved(2, "2000000.00"));
        List<ReceivedUnit> units = f.h100Units(1, 2);
        ReceivedUnit racked = new ReceivedUnit(1, units.get(0).assetTag(), units.get(0).serial(), units.get(0).gpuSerials(),
                "im-a01", 11);

        var result = f.receiving.receive(order.getId(), new Receipt(f.today(), null, List.of(racked, units.get(1))), "dock-dan");

        Device placed = f.inventory.devices.find(result.deviceIds().get(0));
        assertThat(placed.getStatus()).isEqualTo(LifecycleStatus.RECEIVED);
        assertThat(placed.getPositionU()).isEqualTo(11);
        Long placedIn = db.read(s -> s.find(Device.class, placed.getId()).getCabinet().getId());
        assertThat(placedIn).isEqualTo(cabinet.getId());
        boolean inStock = db.read(s -> s.find(Device.class, result.deviceIds().get(1)).getCabinet() == null);
        assertThat(inStock).isTrue();
        assertThatThrownBy(() -> f.receiving.receive(f.order(f.approved(1, "1.00")).getId(), new Receipt(f.today(), null,
                List.of(new ReceivedUnit(1, "T-1", "S-1", List.of(), "IM-A01", null))), "dock-dan"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("units[0].positionU:");
    }

    @BothDatabases
    void aGpuSerialListedTwiceOrAlreadyRegisteredRefusesTheDelivery(Database db, ProcurementFixture f) {
        PurchaseOrder order = f.order(f.approved(2, "100.00"));
        List<ReceivedUnit> units = f.h100Units(1, 2);
        ReceivedUnit second = new ReceivedUnit(1, units.get(1).assetTag(), units.get(1).serial(),
                List.of(units.get(0).gpuSerials().get(3)));

        assertThatThrownBy(() -> f.receiving.receive(order.getId(), new Receipt(f.today(), null,
                List.of(units.get(0), second)), "dock-dan"))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("units[1].gpuSerials:")
                .hasMessageContaining("unit 1 and unit 2");
        assertThat(count(db, "Device")).isZero();
    }

    @BothDatabases
    void partialDeliveriesKeepTheOrderOpenUntilTheLastUnitArrives(Database db, ProcurementFixture f) {
        PurchaseRequest approved = f.approved(3, "100.00");
        PurchaseOrder order = f.order(approved);

        ReceiptResult first = f.receiving.receive(order.getId(), new Receipt(f.today(), null, f.h100Units(1, 1)), "dock-dan");
        assertThat(first.orderStatus()).isEqualTo(OrderStatus.PARTIALLY_RECEIVED);
        assertThat(first.requestStatus()).isEqualTo(RequestStatus.PARTIALLY_RECEIVED);
        ReceiptResult second = f.receiving.receive(order.getId(), new Receipt(f.today(), null, f.h100Units(1, 1)), "dock-dan");
        assertThat(second.requestStatus()).isEqualTo(RequestStatus.PARTIALLY_RECEIVED);
        ReceiptResult last = f.receiving.receive(order.getId(), new Receipt(f.today(), null, f.h100Units(1, 1)), "dock-dan");
        assertThat(last.orderStatus()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(last.requestStatus()).isEqualTo(RequestStatus.RECEIVED);

        assertThat(f.requests.timeline(approved.getId())).extracting(TimelineEntry::getAction).containsExactly(
                RequestAction.CREATE, RequestAction.SUBMIT, RequestAction.APPROVE, RequestAction.ORDER,
                RequestAction.RECEIVE, RequestAction.RECEIVE, RequestAction.RECEIVE);
        PurchaseRequest received = f.requests.find(approved.getId());
        assertThat(f.approvals.close(received.getId(), received.getVersion(), MANAGER_1, null).getStatus())
                .isEqualTo(RequestStatus.CLOSED);
        assertThat(count(db, "FixedAsset")).isEqualTo(3);
    }

    @BothDatabases
    void overDeliveryIsRefusedWithNothingKept(Database db, ProcurementFixture f) {
        PurchaseOrder order = f.order(f.approved(2, "100.00"));
        f.receiving.receive(order.getId(), new Receipt(f.today(), null, f.h100Units(1, 1)), "dock-dan");

        assertThatThrownBy(() -> f.receiving.receive(order.getId(), new Receipt(f.today(), null, f.h100Units(1, 2)), "dock-dan"))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("units:")
                .hasMessageContaining("ordered 2, 1 already received: 2 more would be 1 over the order");
        assertThat(count(db, "Device")).isEqualTo(1);

        f.receiving.receive(order.getId(), new Receipt(f.today(), null, f.h100Units(1, 1)), "dock-dan");
        assertThatThrownBy(() -> f.receiving.receive(order.getId(), new Receipt(f.today(), null, f.h100Units(1, 1)), "dock-dan"))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("status:").hasMessageContaining("fully received");
        assertThatThrownBy(() -> f.receiving.receive(order.getId(), new Receipt(f.today(), null, f.h100Units(2, 1)), "dock-dan"))
                .isInstanceOf(ConflictException.class);
    }

    @BothDatabases
    void refusesUnitsForLinesTheOrderDoesNotHaveAndDatesOutsideTheOrder(ProcurementFixture f) {
        PurchaseOrder order = f.order(f.approved(2, "100.00"));

        assertThatThrownBy(() -> f.receiving.receive(order.getId(), new Receipt(f.today(), null, f.h100Units(2, 1)), "dock-dan"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("units[0].orderLine:");
        assertThatThrownBy(() -> f.receiving.receive(order.getId(), new Receipt(f.today().plusDays(1), null,
                f.h100Units(1, 1)), "dock-dan")).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("receivedOn:");
        assertThatThrownBy(() -> f.receiving.receive(order.getId(), new Receipt(f.today().minusYears(1), null,
                f.h100Units(1, 1)), "dock-dan")).isInstanceOf(InvalidValueException.class).hasMessageContaining("before the order");
    }

    @BothDatabases
    void receivesFromACsvOrXlsxPackingList(ProcurementFixture f) throws IOException {
        PurchaseOrder order = f.order(f.approved(3, "100.00"));
        String csv = "order_line,asset_tag,serial,gpu_serials\n"
                + "1,IM-SRV-900001,SN900001,\"C1 C2 C3 C4;C5,C6|C7 C8\"\n"
                + "1,IM-SRV-900002,SN900002,\n";

        ReceiptResult fromCsv = f.receiving.receivePackingList(order.getId(), f.today(), null,
                csv.getBytes(StandardCharsets.UTF_8), "dock-dan");
        assertThat(fromCsv.deviceIds()).hasSize(2);
        assertThat(fromCsv.gpus()).isEqualTo(8);

        ReceiptResult fromXlsx = f.receiving.receivePackingList(order.getId(), f.today(), null,
                xlsx(List.of("Order line", "Asset tag", "Serial", "GPU serials"), List.of(1, "IM-SRV-900003", "SN900003", "")),
                "dock-dan");
        assertThat(fromXlsx.orderStatus()).isEqualTo(OrderStatus.RECEIVED);
    }

    @BothDatabases
    void aPackingListWithUnreadableAndRefusedRowsListsEveryOneByLineAndKeepsNothing(Database db, ProcurementFixture f) {
        PurchaseOrder order = f.order(f.approved(5, "100.00"));
        Device existing = f.inventory.inStock(f.h100());
        String csv = "order_line,asset_tag,serial,position_u,cabinet\n"
                + "1,IM-1,PL-SN-1,,\n"
                + "1,IM-2,,,\n"
                + "1,IM-3," + existing.getSerial() + ",,\n"
                + "9,IM-4,PL-SN-4,,\n"
                + "x,IM-5,PL-SN-5,top,A01\n"
                + "1,IM-6,PL-SN-6,,\n";
        long devicesBefore = count(db, "Device");

        assertThatThrownBy(() -> f.receiving.receivePackingList(order.getId(), f.today(), null,
                csv.getBytes(StandardCharsets.UTF_8), "dock-dan"))
                .isInstanceOfSatisfying(DeliveryRefusedException.class, e -> {
                    assertThat(e.problems()).extracting(UnitProblem::line, UnitProblem::column).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(3, "serial"),
                            org.assertj.core.groups.Tuple.tuple(4, "serial"),
                            org.assertj.core.groups.Tuple.tuple(5, "order_line"),
                            org.assertj.core.groups.Tuple.tuple(6, "order_line"),
                            org.assertj.core.groups.Tuple.tuple(6, "position_u"));
                    assertThat(e.problems().get(1).message()).contains("already used by device " + existing.getAssetTag());
                    assertThat(e.problems().get(2).message()).contains("has no line 9");
                    assertThat(e.getMessage()).startsWith("units: 5 units were refused, nothing was received: line 3, serial: is required");
                });
        assertThat(count(db, "Device")).isEqualTo(devicesBefore);
        assertThat(count(db, "GoodsReceipt")).isZero();
        assertThat(f.orders.find(order.getId()).getLines().get(0).getReceivedQuantity()).isZero();

        assertThatThrownBy(() -> f.receiving.receivePackingList(order.getId(), f.today(), null,
                "asset_tag,serial\nA,B\n".getBytes(StandardCharsets.UTF_8), "dock-dan"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("has no column order_line");
    }

    @BothDatabases
    void cabinetsNamedAlikeInSeveralRoomsAreToldApartByTheRoomAndTheFaceIsKept(Database db, ProcurementFixture f) {
        var hall1 = f.inventory.cabinet("A07");
        var hall2Room = f.inventory.sites.createRoom(f.siteId(), "Hall 2");
        var hall2Row = f.inventory.sites.createRow(hall2Room.getId(), "A", 1);
        var hall2 = f.inventory.cabinets.create(new io.dcim.inventory.cabinet.NewCabinet(hall2Row.getId(), "A07", 1,
                null, null, null));
        PurchaseOrder order = f.order(f.approved(3, "100.00"));
        List<ReceivedUnit> units = f.h100Units(1, 3);
        ReceivedUnit ambiguous = new ReceivedUnit(1, units.get(0).assetTag(), units.get(0).serial(), List.of(), "A07", 10);

        assertThatThrownBy(() -> f.receiving.receive(order.getId(), new Receipt(f.today(), null, List.of(ambiguous)),
                "dock-dan")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("units[0].room:").hasMessageContaining("2 cabinets are named A07 (Hall 1, Hall 2)");
        assertThat(f.receiving.rooms(order.getId())).containsExactly("Hall 1", "Hall 2");

        ReceivedUnit rear = new ReceivedUnit(1, units.get(0).assetTag(), units.get(0).serial(), List.of(), "hall 2", "a07",
                10, io.dcim.inventory.device.Face.REAR);
        ReceivedUnit slashed = new ReceivedUnit(1, units.get(1).assetTag(), units.get(1).serial(), List.of(),
                "Hall 1/A07", 20);
        ReceiptResult result = f.receiving.receive(order.getId(), new Receipt(f.today(), null, List.of(rear, slashed)),
                "dock-dan");

        Object[] first = db.read(s -> s.createQuery("select d.cabinet.id, d.face from Device d where d.id = :id",
                Object[].class).setParameter("id", result.deviceIds().get(0)).getSingleResult());
        Long second = db.read(s -> s.find(Device.class, result.deviceIds().get(1)).getCabinet().getId());
        assertThat(first).containsExactly(hall2.getId(), io.dcim.inventory.device.Face.REAR);
        assertThat(second).isEqualTo(hall1.getId());

        String csv = "order_line,asset_tag,serial,room,cabinet,position_u,face\n1,IM-X,SN-X,Hall 9,A07,30,rear\n";
        assertThatThrownBy(() -> f.receiving.receivePackingList(order.getId(), f.today(), null,
                csv.getBytes(StandardCharsets.UTF_8), "dock-dan"))
                .isInstanceOfSatisfying(DeliveryRefusedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.line()).isEqualTo(2);
                            assertThat(p.column()).isEqualTo("room");
                            assertThat(p.message()).contains("no cabinet A07 in Hall 9").contains("A07 is in Hall 1, Hall 2");
                        }));
    }

    @BothDatabases
    void devicesAlreadyInTheInventoryCanBeReceivedWithoutCreatingNewOnes(Database db, ProcurementFixture f) {
        PurchaseOrder order = f.order(f.approved(2, "100.00"));
        Device one = f.inventory.install(f.h100(), f.inventory.cabinet("A01"), 1, io.dcim.inventory.device.Face.FRONT);
        Device two = f.inventory.install(f.h100(), f.inventory.cabinet("A02"), 1, io.dcim.inventory.device.Face.FRONT);
        Device aSwitch = f.inventory.install(f.inventory.leafSwitch(), f.inventory.cabinet("A03"), 1,
                io.dcim.inventory.device.Face.FRONT);

        assertThatThrownBy(() -> f.receiving.receiveExisting(order.getId(), f.today(), null,
                Map.of(1, List.of(aSwitch.getId())), "dock-dan"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("deviceIds:");
        ReceiptResult result = f.receiving.receiveExisting(order.getId(), f.today(), null,
                Map.of(1, List.of(one.getId(), two.getId())), "dock-dan");

        assertThat(result.deviceIds()).containsExactly(one.getId(), two.getId());
        assertThat(result.orderStatus()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(count(db, "Device")).isEqualTo(3);
        assertThat(f.inventory.devices.find(one.getId()).getStatus()).as("left as it was").isEqualTo(LifecycleStatus.INSTALLED);
    }

    /** A refused delivery leaves no trace: no device beyond those before, no card, asset or receipt. */
    /** A delivery of the three servers of an order, while a device in stock holds a serial a unit may take. */
    private static final class Delivery {
        final PurchaseOrder order;
        final Device existing;
        final List<ReceivedUnit> units;

        Delivery(ProcurementFixture f) {
            order = f.order(f.approved(3, "2000000.00"));
            existing = f.inventory.inStock(f.h100());
            units = new ArrayList<>(f.h100Units(1, 3));
        }

        /** Gives unit {@code index} the serial of the device in stock; answers the unit as it was. */
        ReceivedUnit takeTheSerialInStock(int index) {
            ReceivedUnit unit = units.get(index);
            units.set(index, new ReceivedUnit(1, unit.assetTag(), existing.getSerial(), unit.gpuSerials()));
            return unit;
        }
    }

    private static void assertNothingReceived(Database db, long devicesBefore) {
        assertThat(count(db, "Device")).isEqualTo(devicesBefore);
        assertThat(count(db, "Gpu")).isZero();
        assertThat(count(db, "FixedAsset")).isZero();
        assertThat(count(db, "GoodsReceipt")).isZero();
    }

    private static long count(Database db, String entity) {
        return db.read(s -> s.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult());
    }

    private static byte[] xlsx(List<String> header, List<Object> row) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Packing list");
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            Row data = sheet.createRow(1);
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c) instanceof Integer n) {
                    data.createCell(c).setCellValue(n);
                } else {
                    data.createCell(c).setCellValue((String) row.get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
