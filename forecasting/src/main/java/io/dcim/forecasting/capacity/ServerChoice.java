package io.dcim.forecasting.capacity;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.forecasting.history.GpuClass;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.procurement.supplier.Supplier;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The server a plan buys, its price and its lead time: the assumptions' where given, else the H100-class GPU
 * server of the catalog with the most GPUs, priced and timed by its latest order (else the defaults).
 */
record ServerChoice(long modelId, String modelName, int gpuSlots, int ratedW, int typicalW, BigDecimal unitPrice,
                    int leadTimeDays, Long supplierId) {

    static ServerChoice resolve(CatalogService catalog, CapacitySources sources, PlanAssumptions a, List<Message> notes) {
        DeviceModel model = model(catalog.deviceModels(), a.serverModelId());
        CapacitySources.LastOrder last = sources.lastOrder(model.getId()).orElse(null);
        BigDecimal price = a.serverUnitPrice();
        if (price == null) {
            price = last != null ? last.unitPrice() : PlanAssumptions.DEFAULT_SERVER_PRICE;
            notes.add(last != null
                    ? Message.of("forecasting.capacity.note.priceFromOrder", price.toPlainString(), model.getDisplayName())
                    : Message.of("forecasting.capacity.note.priceAssumed", price.toPlainString()));
        }
        Integer lead = a.leadTimeDays();
        Long supplier = last == null ? null : last.supplierId();
        if (lead == null) {
            lead = last != null ? last.leadTimeDays() : Supplier.DEFAULT_LEAD_TIME_DAYS;
            notes.add(Message.of(last != null ? "forecasting.capacity.note.leadFromSupplier" : "forecasting.capacity.note.leadDefault",
                    String.valueOf(lead)));
        }
        return new ServerChoice(model.getId(), model.getDisplayName(), model.getGpuSlots(), model.getRatedPowerW(),
                model.getTypicalPowerW(), price, lead, supplier);
    }

    private static DeviceModel model(List<DeviceModel> catalog, Long wanted) {
        if (wanted != null) {
            DeviceModel model = catalog.stream().filter(m -> m.getId().equals(wanted)).findFirst()
                    .orElseThrow(() -> new InvalidValueException("serverModelId",
                            Message.of("common.lookup.missingReference", Message.noun(DeviceModel.class, "catalog model"),
                                    String.valueOf(wanted))));
            if (model.getKind() != DeviceKind.GPU_SERVER || model.getGpuSlots() < 1) {
                throw new InvalidValueException("serverModelId", Message.of("forecasting.capacity.notGpuServer",
                        model.getDisplayName()));
            }
            return model;
        }
        Comparator<DeviceModel> preference = Comparator
                .comparing((DeviceModel m) -> m.getDefaultGpuModel() != null
                        && GpuClass.of(m.getDefaultGpuModel().getName()) == GpuClass.H100_CLASS)
                .thenComparingInt(DeviceModel::getGpuSlots);
        return catalog.stream().filter(m -> m.getKind() == DeviceKind.GPU_SERVER && m.getGpuSlots() > 0)
                .max(preference)
                .orElseThrow(() -> new InvalidValueException("serverModelId", Message.of("forecasting.capacity.noGpuServer")));
    }
}
