package io.dcim.inventory.catalog;

import static io.dcim.common.text.Fields.required;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.common.persistence.VersionedStore;
import java.math.BigDecimal;
import org.hibernate.Session;

/**
 * The catalog as people keep it: device and GPU models added, corrected and deleted. A device model that
 * devices use keeps its kind, height, depth, typical power and GPU slots (the cabinets' occupancy and power
 * were counted with them): a different machine is a new model. Models in use are not deleted.
 */
public final class CatalogEditor {

    /** The tallest cabinet is 52U; a model taller than that fits nowhere. */
    private static final int MAX_HEIGHT_U = 52;
    private static final int MAX_POWER_W = 200_000;
    private static final int MAX_GPU_SLOTS = 72;
    private static final int MAX_GPU_TDP_W = 5_000;

    private final Database db;
    private final VersionedStore<DeviceModel> deviceModels;
    private final VersionedStore<GpuModel> gpuModels;

    public CatalogEditor(Database db) {
        this.db = db;
        this.deviceModels = VersionedStore.named(db, DeviceModel.class, "device model", DeviceModel::getVersion,
                DeviceModel::getDisplayName);
        this.gpuModels = VersionedStore.named(db, GpuModel.class, "GPU model", GpuModel::getVersion, GpuModel::getName);
    }

    public DeviceModel deviceModel(long id) {
        return db.read(session -> {
            DeviceModel model = Lookup.existing(session, DeviceModel.class, id, "device model");
            if (model.getDefaultGpuModel() != null) {
                model.getDefaultGpuModel().getName();
            }
            return model;
        });
    }

    public GpuModel gpuModel(long id) {
        return gpuModels.find(id);
    }

    public DeviceModel createDeviceModel(DeviceModelDetails details) {
        return deviceModels.create(session -> {
            DeviceModel model = new DeviceModel(null, null, null, 0, false, 0, 0);
            apply(session, model, details);
            return model;
        });
    }

    public DeviceModel editDeviceModel(long id, int expectedVersion, DeviceModelDetails details) {
        return deviceModels.edit(id, expectedVersion, (session, model) -> {
            long devices = devicesOf(session, model);
            if (devices > 0) {
                String changed = shapeChanged(DeviceModelDetails.of(model), details);
                if (changed != null) {
                    throw new ConflictException(changed, Message.of("inventory.catalog.modelInUse", model.getDisplayName(),
                            devices));
                }
            }
            apply(session, model, details);
        });
    }

    public void deleteDeviceModel(long id, int expectedVersion) {
        deviceModels.remove(id, expectedVersion, (session, model) -> {
            long devices = devicesOf(session, model);
            if (devices > 0) {
                throw new ConflictException("id", Message.of("inventory.catalog.modelHasDevices", model.getDisplayName(),
                        devices));
            }
            // Its port templates describe the model itself and go with it.
            session.createMutationQuery("delete from PortTemplate t where t.deviceModel = :m").setParameter("m", model)
                    .executeUpdate();
        });
    }

    public GpuModel createGpuModel(GpuModelDetails details) {
        return gpuModels.create(session -> {
            GpuModel gpu = new GpuModel(null, null, 0);
            apply(session, gpu, details, null);
            return gpu;
        });
    }

    public GpuModel editGpuModel(long id, int expectedVersion, GpuModelDetails details) {
        return gpuModels.edit(id, expectedVersion, (session, gpu) -> apply(session, gpu, details, gpu.getId()));
    }

    public void deleteGpuModel(long id, int expectedVersion) {
        gpuModels.remove(id, expectedVersion, (session, gpu) -> {
            long cards = session.createQuery("select count(g) from Gpu g where g.model = :m", Long.class)
                    .setParameter("m", gpu).getSingleResult();
            long servers = session.createQuery("select count(m) from DeviceModel m where m.defaultGpuModel = :m", Long.class)
                    .setParameter("m", gpu).getSingleResult();
            if (cards > 0 || servers > 0) {
                throw new ConflictException("id", Message.of("inventory.catalog.gpuModelInUse", gpu.getName(), cards, servers));
            }
        });
    }

    private static void apply(Session session, DeviceModel model, DeviceModelDetails d) {
        String manufacturer = required("manufacturer", d.manufacturer(), 80);
        String name = required("model", d.model(), 120);
        if (d.kind() == null) {
            throw new InvalidValueException("kind", Message.of("common.field.required"));
        }
        between("heightU", d.heightU(), 0, MAX_HEIGHT_U);
        between("ratedPowerW", d.ratedPowerW(), 0, MAX_POWER_W);
        if (d.typicalPowerW() < 0 || d.typicalPowerW() > d.ratedPowerW()) {
            throw new InvalidValueException("typicalPowerW", Message.of("inventory.catalog.typicalAboveRated",
                    d.typicalPowerW(), d.ratedPowerW()));
        }
        between("gpuSlots", d.gpuSlots(), 0, MAX_GPU_SLOTS);
        Long clashes = session.createQuery("select count(m) from DeviceModel m where upper(m.manufacturer) = upper(:f)"
                        + " and upper(m.model) = upper(:n) and m.id <> :self", Long.class)
                .setParameter("f", manufacturer).setParameter("n", name)
                .setParameter("self", model.getId() == null ? -1L : model.getId()).getSingleResult();
        if (clashes > 0) {
            throw new ConflictException("model", Message.of("inventory.catalog.modelExists", manufacturer + " " + name));
        }
        GpuModel gpu = d.gpuSlots() == 0 ? null
                : Lookup.referenced(session, GpuModel.class, d.defaultGpuModelId(), "defaultGpuModelId", "GPU model");
        model.describe(manufacturer, name, d.kind(), d.heightU(), d.fullDepth(), d.ratedPowerW(), d.typicalPowerW());
        model.fitGpus(d.gpuSlots(), gpu);
    }

    private static void apply(Session session, GpuModel gpu, GpuModelDetails d, Long self) {
        String name = required("name", d.name(), 80);
        String vendor = required("vendor", d.vendor(), 80);
        between("tdpW", d.tdpW(), 1, MAX_GPU_TDP_W);
        if (d.memoryGb() != null) {
            between("memoryGb", d.memoryGb(), 1, 4_096);
        }
        if (d.systemWPerGpu() != null && d.systemWPerGpu() < d.tdpW()) {
            throw new InvalidValueException("systemWPerGpu", Message.of("inventory.catalog.systemBelowTdp", d.systemWPerGpu(),
                    d.tdpW()));
        }
        if (d.peakBf16Tflops() != null && (d.peakBf16Tflops().signum() <= 0 || d.peakBf16Tflops().scale() > 1
                || d.peakBf16Tflops().compareTo(new BigDecimal("9999999.9")) > 0)) {
            throw new InvalidValueException("peakBf16Tflops", Message.of("inventory.catalog.peak"));
        }
        Long clashes = session.createQuery("select count(g) from GpuModel g where upper(g.name) = upper(:n) and g.id <> :self",
                        Long.class)
                .setParameter("n", name).setParameter("self", self == null ? -1L : self).getSingleResult();
        if (clashes > 0) {
            throw new ConflictException("name", Message.of("inventory.catalog.gpuModelExists", name));
        }
        gpu.describe(name, vendor, d.tdpW());
        gpu.setMemoryGb(d.memoryGb());
        gpu.setSystemWPerGpu(d.systemWPerGpu());
        gpu.setPeakBf16Tflops(d.peakBf16Tflops());
    }

    /** The first field that devices of the model were counted with and the edit changes, or null. */
    private static String shapeChanged(DeviceModelDetails now, DeviceModelDetails next) {
        if (now.kind() != next.kind()) {
            return "kind";
        }
        if (now.heightU() != next.heightU()) {
            return "heightU";
        }
        if (now.fullDepth() != next.fullDepth()) {
            return "fullDepth";
        }
        if (now.typicalPowerW() != next.typicalPowerW()) {
            return "typicalPowerW";
        }
        if (now.gpuSlots() != next.gpuSlots()) {
            return "gpuSlots";
        }
        return null;
    }

    private static long devicesOf(Session session, DeviceModel model) {
        return session.createQuery("select count(d) from Device d where d.model = :m", Long.class).setParameter("m", model)
                .getSingleResult();
    }

    private static void between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, Message.of("inventory.catalog.between", min, max, value));
        }
    }
}
