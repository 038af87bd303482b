package io.dcim.inventory;

import io.dcim.common.audit.Revision;
import io.dcim.common.persistence.PersistenceUnit;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cable.Cable;
import io.dcim.inventory.cable.CableEnd;
import io.dcim.inventory.cable.CheckRun;
import io.dcim.inventory.cable.CheckRunFinding;
import io.dcim.inventory.port.Port;
import io.dcim.inventory.port.PortTemplate;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.catalog.GpuModel;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.PowerOverrideRecord;
import io.dcim.inventory.gpu.Gpu;
import io.dcim.inventory.site.CabinetRow;
import io.dcim.inventory.reservation.Reservation;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.tenant.Tenant;
import java.util.List;

/** The inventory module's entities. */
public final class InventoryPersistence implements PersistenceUnit {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Site.class, Room.class, CabinetRow.class, Cabinet.class, GpuModel.class, DeviceModel.class,
                Tenant.class, Device.class, Gpu.class, PowerOverrideRecord.class, Reservation.class,
                PortTemplate.class, Port.class, Cable.class, CableEnd.class, Revision.class,
                CheckRun.class, CheckRunFinding.class,
                io.dcim.inventory.catalog.ShippedEntry.class, io.dcim.inventory.tag.Tag.class,
                io.dcim.inventory.tag.TagAssignment.class, io.dcim.inventory.field.CustomField.class,
                io.dcim.inventory.field.CustomFieldValue.class,
                io.dcim.common.event.OutboxEvent.class);
    }
}
