package io.dcim.inventory.gpu;

import static io.dcim.common.access.Permission.DEVICE_EDIT;
import static io.dcim.common.access.Permission.DEVICE_MOVE;
import static io.dcim.common.access.Permission.GPU_ALLOCATE;
import static io.dcim.common.access.Permission.READ;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.access.UseCase;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.label.Labelling;
import io.dcim.inventory.label.Labels;
import io.dcim.inventory.tag.ObjectType;
import java.util.List;
import java.util.function.Function;

/**
 * The GPU use cases as every door calls them: registering a card needs {@code device.edit}; allocating cards
 * to tenants needs {@code gpu.allocate}; fitting them into servers and changing their status needs
 * {@code device.move}. Each runs in one transaction under the caller's name.
 */
public final class GpuFacade {

    private final Database db;
    private final GpuService gpus;

    public GpuFacade(Database db, GpuService gpus) {
        this.db = db;
        this.gpus = gpus;
    }

    /** Reads a GPU and shapes it in one read transaction, where its lazy model and server load. */
    public <T> T view(Caller caller, long id, Function<Gpu, T> shape) {
        caller.require(READ);
        return db.read(session -> shape.apply(gpus.find(id)));
    }

    /**
     * Registers a card, on the shelf or fitted into a server's slot, with its tags and custom field values in one
     * transaction ({@code with} may be null). Registering needs {@code device.edit}, as a device's registration
     * does; fitting it into a server needs {@code device.move} too, and giving it to a tenant {@code gpu.allocate}.
     */
    public Gpu register(Caller caller, NewGpu request, Labels with) {
        if (request.serverId() != null) {
            caller.require(DEVICE_MOVE);
        }
        if (request.tenantId() != null) {
            caller.require(GPU_ALLOCATE);
        }
        return UseCase.run(db, caller, DEVICE_EDIT, session -> {
            Gpu gpu = gpus.register(request);
            session.flush();
            new Labelling(db).apply(ObjectType.GPU, gpu.getId(), with);
            return gpu;
        });
    }

    /** Fits, removes, changes status and allocates in one transaction against the version the caller read. */
    public Gpu update(Caller caller, long id, int expectedVersion, GpuUpdate update) {
        if (update.changesPlaceOrStatus()) {
            caller.require(DEVICE_MOVE);
        }
        if (update.changesLabels()) {
            caller.require(ObjectType.GPU.editPermission());
        }
        Permission checked = update.tenantId() != null ? GPU_ALLOCATE
                : update.changesLabels() && !update.changesPlaceOrStatus() ? ObjectType.GPU.editPermission() : DEVICE_MOVE;
        return UseCase.run(db, caller, checked, session -> {
            Gpu gpu = gpus.current(session, id, expectedVersion);
            if (update.serverId() != null) {
                gpu = update.serverId().value() == null ? gpus.removeFromServer(id, gpu.getVersion())
                        : gpus.fitInto(id, gpu.getVersion(), update.serverId().value(), update.slotIndex());
                session.flush();
            }
            if (update.status() != null) {
                gpu = gpus.changeStatus(id, gpu.getVersion(), update.status());
                session.flush();
            }
            if (update.tenantId() != null) {
                gpus.allocate(List.of(id), update.tenantId().value());
            }
            new Labelling(db).apply(ObjectType.GPU, id, update.labels());
            return gpus.find(id);
        });
    }

    /** Allocates (or, with a null tenant, frees) many cards at once; all or none. */
    public int allocate(Caller caller, List<Long> gpuIds, Long tenantId) {
        return UseCase.run(db, caller, GPU_ALLOCATE, session -> gpus.allocate(gpuIds, tenantId));
    }
}
