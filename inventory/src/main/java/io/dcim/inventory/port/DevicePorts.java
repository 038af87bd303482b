package io.dcim.inventory.port;

import io.dcim.common.error.ConflictException;
import io.dcim.inventory.device.Device;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Makes a device's ports from its model's templates. The device service calls it once when a
 * device is created and once before one is deleted; the demo loader builds the same ports in bulk.
 */
public final class DevicePorts {

    private DevicePorts() {
    }

    public static List<PortTemplate> templatesOf(Session session, long modelId) {
        return session.createQuery("from PortTemplate t where t.deviceModel.id = :m order by t.position", PortTemplate.class)
                .setParameter("m", modelId).getResultList();
    }

    /** Persists the ports of a just-persisted device. */
    public static void addTo(Session session, Device device) {
        build(device, templatesOf(session, device.getModel().getId())).forEach(session::persist);
    }

    /**
     * The ports the templates describe, rear ports before the front ones wired to them, each
     * front port on its rear port's next position. Nothing is persisted here.
     */
    public static List<Port> build(Device device, List<PortTemplate> templates) {
        List<Port> ports = new ArrayList<>();
        List<Port> rears = new ArrayList<>();
        List<Port> fronts = new ArrayList<>();
        int position = 0;
        for (PortTemplate t : templates) {
            for (int i = 1; i <= t.getCount(); i++) {
                Port port = new Port(device, t.getNamePrefix() + i, t.getKind(), t.isBreakout(), ++position);
                ports.add(port);
                if (t.getKind().isPanelRear()) {
                    rears.add(port);
                } else if (t.isMapsToRear()) {
                    fronts.add(port);
                }
            }
        }
        if (!fronts.isEmpty() && !rears.isEmpty()) {
            int perRear = Math.max(1, fronts.size() / rears.size());
            for (int i = 0; i < fronts.size(); i++) {
                fronts.get(i).wireBehindPanel(rears.get(Math.min(i / perRear, rears.size() - 1)), i % perRear + 1);
            }
        }
        return ports;
    }

    /** Deletes a device's ports before the device goes; refused while a cable is plugged into one. */
    public static void removeFrom(Session session, Device device) {
        long cabled = session.createQuery("select count(e) from CableEnd e where e.port.device = :d", Long.class)
                .setParameter("d", device).getSingleResult();
        if (cabled > 0) {
            throw new ConflictException("cables", device.getAssetTag() + " still has " + cabled
                    + " cable end(s) plugged in; disconnect them first");
        }
        session.createMutationQuery("update Port p set p.rearPort = null where p.device = :d").setParameter("d", device)
                .executeUpdate();
        session.createMutationQuery("delete from Port p where p.device = :d").setParameter("d", device).executeUpdate();
    }
}
