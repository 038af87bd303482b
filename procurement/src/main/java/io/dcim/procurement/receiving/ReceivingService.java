package io.dcim.procurement.receiving;

import io.dcim.common.audit.Actor;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.DeviceService;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.device.Location;
import io.dcim.inventory.device.NewDevice;
import io.dcim.inventory.gpu.GpuService;
import io.dcim.inventory.gpu.GpuStatus;
import io.dcim.inventory.site.RoomDirectory;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.AssetService;
import io.dcim.procurement.asset.FixedAsset;
import io.dcim.procurement.asset.NewAsset;
import io.dcim.procurement.order.OrderLine;
import io.dcim.procurement.order.OrderService;
import io.dcim.procurement.order.OrderStatus;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestAction;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.request.RequestWorkflow;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.optional;

/**
 * Receives deliveries against purchase orders. One delivery is one transaction: it registers
 * each unit as an inventory device in stock (status RECEIVED) with its GPUs, puts it on the
 * books as a fixed asset, counts it against its order line and moves the order and its request
 * on. When any unit is refused (a serial already registered, a line over-delivered) nothing of
 * the delivery is kept.
 *
 * <p>The cards of a delivered server are registered IN_SERVICE: they arrive installed in their
 * server, and the inventory's GPU states know only "in service", "faulty" and "spare", where
 * spare means a card on the shelf outside any server. A server in stock has no site yet, so its
 * cards count toward no site's figures until the server is racked.
 */
public final class ReceivingService {

    private final Database db;
    private final Clock clock;
    private final DeviceService devices;
    private final GpuService gpus;
    private final AssetService assets;

    public ReceivingService(Database db, Clock clock, DeviceService devices, GpuService gpus, AssetService assets) {
        this.db = db;
        this.clock = clock;
        this.devices = devices;
        this.gpus = gpus;
        this.assets = assets;
    }

    /** Receives the units of a delivery; see the class description. */
    public ReceiptResult receive(long orderId, Receipt receipt, String actor) {
        List<ReceivedUnit> units = receipt.units() == null ? List.of() : receipt.units();
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i) == null) {
                throw new InvalidValueException("units[" + i + "]", Message.of("procurement.receiving.unitEmpty"));
            }
        }
        Refusals refusals = Refusals.ofUnits();
        return deliver(orderId, receipt.receivedOn(), receipt.note(), actor, units.size(),
                units.stream().map(ReceivedUnit::orderLine).toList(), refusals,
                delivery -> delivery.registerNew(units, refusals));
    }

    /**
     * Receives a delivery from its packing list (CSV or XLSX, see {@link PackingList}). Rows that
     * cannot be read are refused with the others, by line: one answer lists every refused row.
     */
    public ReceiptResult receivePackingList(long orderId, LocalDate receivedOn, String note, byte[] file, String actor) {
        PackingList list = PackingList.read(file);
        List<ReceivedUnit> units = list.units();
        if (units.isEmpty()) {
            throw new DeliveryRefusedException(list.problems());
        }
        Refusals refusals = Refusals.ofPackingList(list);
        return deliver(orderId, receivedOn, note, actor, units.size(), units.stream().map(ReceivedUnit::orderLine).toList(),
                refusals, delivery -> delivery.registerNew(units, refusals));
    }

    /** The rooms a unit can be received into: those of the order's site (of every site when the request names none). */
    public List<String> rooms(long orderId) {
        return db.read(session -> {
            Long siteId = Lookup.existing(session, PurchaseOrder.class, orderId, "purchase order").getRequest().getSiteId();
            return RoomDirectory.names(session, siteId);
        });
    }

    /**
     * Receives units that are already in the inventory (registered before the order was
     * recorded, as with hardware bought before the console was used): no device is created,
     * each listed device is put on the books against its order line.
     *
     * @param deviceIdsByLine order line number → ids of the devices delivered on it
     */
    public ReceiptResult receiveExisting(long orderId, LocalDate receivedOn, String note,
                                         Map<Integer, List<Long>> deviceIdsByLine, String actor) {
        List<Integer> lines = new ArrayList<>();
        deviceIdsByLine.forEach((line, ids) -> ids.forEach(id -> lines.add(line)));
        Refusals refusals = Refusals.ofUnits();
        return deliver(orderId, receivedOn, note, actor, lines.size(), lines, refusals, delivery -> {
            refusals.throwIfAny();
            return delivery.adoptExisting(deviceIdsByLine);
        });
    }

    public List<GoodsReceipt> receipts(long orderId) {
        return db.read(session -> session.createQuery(
                        "from GoodsReceipt r where r.order.id = :o order by r.receivedOn, r.id", GoodsReceipt.class)
                .setParameter("o", orderId).getResultList());
    }

    public List<ReceiptUnit> units(long receiptId) {
        return db.read(session -> session.createQuery("from ReceiptUnit u where u.receipt.id = :r order by u.id",
                ReceiptUnit.class).setParameter("r", receiptId).getResultList());
    }

    private ReceiptResult deliver(long orderId, LocalDate receivedOn, String note, String actor, int unitCount,
                                  List<Integer> lineOfEachUnit, Refusals refusals, Function<Delivery, List<Long>> work) {
        if (actor == null || actor.isBlank()) {
            throw new InvalidValueException("actor", Message.of("procurement.receiving.actorRequired"));
        }
        if (receivedOn == null) {
            throw new InvalidValueException("receivedOn", Message.of("common.field.required"));
        }
        if (receivedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidValueException("receivedOn", Message.of("procurement.receiving.inFuture", receivedOn));
        }
        if (unitCount == 0) {
            throw new InvalidValueException("units", Message.of("procurement.receiving.noUnits"));
        }
        return Actor.as(actor, () -> db.inTransaction(session -> {
            PurchaseOrder order = Lookup.existing(session, PurchaseOrder.class, orderId, "purchase order");
            // Two deliveries recorded at once against one order cannot both count the same outstanding units.
            session.lock(order, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            if (!order.getStatus().acceptsDeliveries()) {
                throw new ConflictException("status", Message.of("procurement.receiving.fullyReceived", order.getOrderNumber()));
            }
            if (receivedOn.isBefore(order.getOrderDate())) {
                throw new InvalidValueException("receivedOn", Message.of("procurement.receiving.beforeOrderDate",
                        receivedOn, order.getOrderDate()));
            }
            countAgainstLines(order, lineOfEachUnit, refusals);
            GoodsReceipt receipt = new GoodsReceipt(order, receivedOn, actor.trim(), clock.instant(),
                    optional("note", note, 500));
            session.persist(receipt);
            Delivery delivery = new Delivery(session, order, receipt);
            List<Long> deviceIds = work.apply(delivery);
            OrderStatus status = order.refreshStatus();
            PurchaseRequest request = order.getRequest();
            String comment = "receipt " + receipt.getId() + ": " + unitCount + " unit(s) on " + receivedOn
                    + " against order " + order.getOrderNumber();
            RequestStatus target = status == OrderStatus.RECEIVED ? RequestStatus.RECEIVED : RequestStatus.PARTIALLY_RECEIVED;
            if (request.getStatus() == target) {
                RequestWorkflow.note(session, request, RequestAction.RECEIVE, actor, comment, clock.instant());
            } else {
                RequestWorkflow.move(session, request, target, RequestAction.RECEIVE, actor, comment, clock.instant());
            }
            return new ReceiptResult(receipt.getId(), deviceIds, delivery.assetIds, delivery.gpuCount, status,
                    request.getStatus(), OrderService.check(order));
        }));
    }

    /**
     * Counts the units against their lines first, so an over-delivery is refused before anything is
     * created; a unit on a line the order does not have is refused on its own and not counted.
     */
    private static void countAgainstLines(PurchaseOrder order, List<Integer> lineOfEachUnit, Refusals refusals) {
        Map<Integer, Integer> perLine = new LinkedHashMap<>();
        for (int i = 0; i < lineOfEachUnit.size(); i++) {
            int lineNo = lineOfEachUnit.get(i);
            if (order.line(lineNo) == null) {
                refusals.add(i, new InvalidValueException("units[" + i + "].orderLine", Message.of("procurement.receiving.noSuchLine",
                        order.getOrderNumber(), lineNo, order.getLines().size())));
                continue;
            }
            perLine.merge(lineNo, 1, Integer::sum);
        }
        perLine.forEach((lineNo, units) -> order.line(lineNo).receive(units));
    }

    /** One delivery being recorded, inside its transaction. */
    private final class Delivery {

        private final Session session;
        private final PurchaseOrder order;
        private final GoodsReceipt receipt;
        private final Map<Long, DeviceModel> models = new HashMap<>();
        private final List<Long> assetIds = new ArrayList<>();
        private int gpuCount;

        Delivery(Session session, PurchaseOrder order, GoodsReceipt receipt) {
            this.session = session;
            this.order = order;
            this.receipt = receipt;
        }

        /**
         * Registers every unit, or none: each refused unit is noted and the others are still
         * checked, so that one answer lists every bad row (see {@link Refusals#throwIfAny}).
         */
        List<Long> registerNew(List<ReceivedUnit> units, Refusals refusals) {
            checkNoDuplicates(units, refusals);
            List<Long> deviceIds = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                // A unit listed twice or on a line the order lacks is not registered: the inventory would only refuse it again, less clearly.
                if (refusals.isRefused(i)) {
                    continue;
                }
                ReceivedUnit unit = units.get(i);
                OrderLine line = order.line(unit.orderLine());
                DeviceModel model = model(line);
                String where = "units[" + i + "]";
                Message what = Message.of("procurement.receiving.unitNamed", refusals.where(i), unit.orderLine(), unit.assetTag());
                try {
                    Device device = devices.create(new NewDevice(unit.assetTag(), unit.serial(), null, model.getId(),
                            LifecycleStatus.RECEIVED, location(unit), null,
                            "Received on " + receipt.getReceivedOn() + ", order " + order.getOrderNumber() + " line "
                                    + line.getLineNo()), null);
                    registerGpus(device, model, unit.gpuSerials(), where);
                    putOnBooks(device, line, model);
                    deviceIds.add(device.getId());
                } catch (DomainException e) {
                    refusals.add(i, inUnit(e, where, what));
                }
            }
            refusals.throwIfAny();
            return deviceIds;
        }

        /** In stock, or at the cabinet (by name, in the request's site, in the room if named), unit and face the dock gave. */
        private Location location(ReceivedUnit unit) {
            if (unit.cabinet() == null) {
                if (unit.positionU() != null) {
                    throw new InvalidValueException("cabinet", Message.of("procurement.receiving.cabinetForPosition", unit.positionU()));
                }
                if (unit.room() != null) {
                    throw new InvalidValueException("cabinet", Message.of("procurement.receiving.cabinetForRoom"));
                }
                return Location.inStock();
            }
            if (unit.positionU() == null && unit.face() != Face.SIDE) {
                throw new InvalidValueException("positionU", Message.of("procurement.receiving.positionForCabinet"));
            }
            long cabinetId = new CabinetByName(session, order.getRequest().getSiteId()).find(unit.room(), unit.cabinet());
            return Location.inCabinet(cabinetId, unit.positionU(), unit.face() == null ? Face.FRONT : unit.face());
        }

        List<Long> adoptExisting(Map<Integer, List<Long>> deviceIdsByLine) {
            List<Long> deviceIds = new ArrayList<>();
            deviceIdsByLine.forEach((lineNo, ids) -> {
                OrderLine line = order.line(lineNo);
                DeviceModel model = model(line);
                for (Long id : ids) {
                    Device device = Lookup.referenced(session, Device.class, id, "deviceIds", "device");
                    if (!device.getModel().getId().equals(model.getId())) {
                        throw new InvalidValueException("deviceIds", Message.of("procurement.receiving.wrongModel", device.getAssetTag(),
                                device.getModel().getDisplayName(), lineNo, model.getDisplayName()));
                    }
                    if (deviceIds.contains(id)) {
                        throw new ConflictException("deviceIds", Message.of("procurement.receiving.deviceTwice", device.getAssetTag()));
                    }
                    putOnBooks(device, line, model);
                    deviceIds.add(id);
                }
            });
            return deviceIds;
        }

        private void registerGpus(Device device, DeviceModel model, List<String> serials, String where) {
            if (serials.isEmpty()) {
                return;
            }
            if (model.getGpuSlots() == 0 || model.getDefaultGpuModel() == null) {
                throw new InvalidValueException(where + ".gpuSerials", Message.of("procurement.receiving.noGpus",
                        model.getDisplayName()));
            }
            gpuCount += gpus.registerAll(device.getId(), serials, model.getDefaultGpuModel().getId(), GpuStatus.IN_SERVICE,
                    null).size();
        }

        private void putOnBooks(Device device, OrderLine line, DeviceModel model) {
            PurchaseRequest request = order.getRequest();
            LocalDate receivedOn = receipt.getReceivedOn();
            Integer warranty = line.getWarrantyMonths();
            FixedAsset asset = assets.register(new NewAsset(device.getId(), device.getAssetTag(), line.getDescription(),
                    AssetClass.of(model.getKind()), line.getUnitPrice(), line.getVatRate(), receivedOn, request.getSiteId(),
                    request.getCostCentre(), line.getId(), order.getSupplier().getId(),
                    warranty == null || warranty == 0 ? null : receivedOn.plusMonths(warranty).minusDays(1)));
            assetIds.add(asset.getId());
            session.persist(new ReceiptUnit(receipt, line, device.getId(), device.getGpuCount()));
        }

        private DeviceModel model(OrderLine line) {
            return models.computeIfAbsent(line.getDeviceModelId(), id -> session.find(DeviceModel.class, id));
        }

        /** Duplicates inside one delivery, each named by unit, before the inventory looks at its own. */
        private static void checkNoDuplicates(List<ReceivedUnit> units, Refusals refusals) {
            Map<String, Integer> tags = new HashMap<>();
            Map<String, Integer> serials = new HashMap<>();
            Map<String, Integer> cards = new HashMap<>();
            for (int i = 0; i < units.size(); i++) {
                ReceivedUnit unit = units.get(i);
                List<DomainException> found = new ArrayList<>();
                firstOnly(tags, Device.key(unit.assetTag()), i, "units[" + i + "].assetTag",
                        Message.of("procurement.receiving.assetTag", unit.assetTag()), found);
                firstOnly(serials, Device.key(unit.serial()), i, "units[" + i + "].serial",
                        Message.of("procurement.receiving.serial", unit.serial()), found);
                for (String card : unit.gpuSerials()) {
                    firstOnly(cards, Device.key(card), i, "units[" + i + "].gpuSerials",
                            Message.of("procurement.receiving.gpuSerial", card), found);
                }
                for (DomainException e : found) {
                    refusals.add(i, e);
                }
            }
        }

        private static void firstOnly(Map<String, Integer> seen, String key, int unit, String field, Message what,
                                      List<DomainException> found) {
            if (key == null) {
                return;
            }
            Integer first = seen.putIfAbsent(key, unit);
            if (first != null && first != unit) {
                found.add(new ConflictException(field, Message.of("procurement.receiving.listedForTwoUnits", what, first + 1,
                        unit + 1)));
            } else if (first != null) {
                found.add(new ConflictException(field, Message.of("procurement.receiving.listedTwiceInUnit", what, unit + 1)));
            }
        }
    }

    /** The inventory's refusal of one unit, told as that unit's: the field and message say which unit. */
    private static DomainException inUnit(DomainException e, String where, Message what) {
        if (e.field() == null || e.field().startsWith("units[")) {
            return e;
        }
        Message why = Message.of("procurement.receiving.inUnit", what, e.why());
        String field = where + "." + e.field();
        if (e instanceof ConflictException) {
            return new ConflictException(field, why);
        }
        if (e instanceof InvalidValueException) {
            return new InvalidValueException(field, why);
        }
        return e;
    }
}
