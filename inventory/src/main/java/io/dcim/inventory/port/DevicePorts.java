package io.dcim.inventory.port;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.Message;
import io.dcim.inventory.device.Device;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Makes devices' ports from their models' templates. One instance serves one unit of work:
 * the device service uses one per created device ({@link #writingEach()}); a bulk path (an
 * import, the demo loader) keeps one for the whole run ({@link #batched()}), so each model's
 * templates are read once and the ports are written in JDBC batches outside the persistence
 * context ({@link PortRows}).
 */
public final class DevicePorts {

    private static final int WRITE_EVERY_PORTS = 2_000;

    private final Map<Long, List<PortTemplate>> templates = new HashMap<>();
    private final List<Port> pending = new ArrayList<>();
    private final int writeEvery;
    private final boolean writes;

    private DevicePorts(int writeEvery, boolean writes) {
        this.writeEvery = writeEvery;
        this.writes = writes;
    }

    /** Writes each device's ports as soon as they are made, so the same transaction can read them at once. */
    public static DevicePorts writingEach() {
        return new DevicePorts(1, true);
    }

    /**
     * Holds ports back until a couple of thousand are made or {@link #write} is called; the
     * caller calls it before clearing the session and before relying on the ports being there.
     */
    public static DevicePorts batched() {
        return new DevicePorts(WRITE_EVERY_PORTS, true);
    }

    /**
     * For a preview that is rolled back anyway: ports are made (so a model's templates are still
     * read and expanded) but never written, which spares writing and then undoing ~50 rows per switch.
     */
    public static DevicePorts madeButNotWritten() {
        return new DevicePorts(WRITE_EVERY_PORTS, false);
    }

    public static List<PortTemplate> templatesOf(Session session, long modelId) {
        return session.createQuery("from PortTemplate t where t.deviceModel.id = :m order by t.position", PortTemplate.class)
                .setParameter("m", modelId).getResultList();
    }

    /**
     * Makes the ports of a just-persisted device (ids drawn now, so callers may cable them) and
     * queues them for writing.
     */
    public List<Port> addTo(Session session, Device device) {
        List<PortTemplate> model = templates.computeIfAbsent(device.getModel().getId(), id -> templatesOf(session, id));
        List<Port> ports = build(device, model);
        if (!writes) {
            return ports;
        }
        PortRows.assignIds(session, ports);
        pending.addAll(ports);
        if (pending.size() >= writeEvery) {
            write(session);
        }
        return ports;
    }

    /** Writes the queued ports, after flushing the session so that their devices' rows exist. */
    public void write(Session session) {
        if (pending.isEmpty()) {
            return;
        }
        session.flush();
        PortRows.insert(session, pending);
        pending.clear();
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
            throw new ConflictException("cables", Message.of("inventory.port.stillCabled", device.getAssetTag(), cabled));
        }
        session.createMutationQuery("update Port p set p.rearPort = null where p.device = :d").setParameter("d", device)
                .executeUpdate();
        session.createMutationQuery("delete from Port p where p.device = :d").setParameter("d", device).executeUpdate();
    }
}
