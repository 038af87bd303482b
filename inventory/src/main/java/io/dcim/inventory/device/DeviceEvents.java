package io.dcim.inventory.device;

import io.dcim.common.event.EventType;
import io.dcim.common.event.Events;
import java.time.Instant;
import org.hibernate.Session;

/**
 * The outbox events of a device's life (created, moved, status changed), written by {@link DeviceService} in the
 * transaction of the change. A place reads as people write it: {@code cabinet A01 U12 front}, a room, or stock.
 */
final class DeviceEvents {

    static final String IN_STOCK = "stock";

    private DeviceEvents() {
    }

    static void created(Session session, Device device, Instant at) {
        event(EventType.DEVICE_CREATED, device)
                .with("model", device.getModel().getModel())
                .with("status", device.getStatus().name())
                .with("location", place(device))
                .record(session, at);
    }

    static void moved(Session session, Device device, String from, Instant at) {
        event(EventType.DEVICE_MOVED, device)
                .with("from", from)
                .with("to", place(device))
                .record(session, at);
    }

    static void statusChanged(Session session, Device device, LifecycleStatus from, Instant at) {
        event(EventType.DEVICE_STATUS_CHANGED, device)
                .with("from", from.name())
                .with("to", device.getStatus().name())
                .with("location", place(device))
                .record(session, at);
    }

    private static Events event(EventType type, Device device) {
        Long siteId = device.getRoom() == null ? null : device.getRoom().getSite().getId();
        return Events.of(type, device.getAssetTag(), device.getId(), siteId)
                .with("assetTag", device.getAssetTag())
                .with("name", device.getName())
                .with("site", device.getRoom() == null ? null : device.getRoom().getSite().getName());
    }

    /** Where the device is now, in words that need no translation: names, units and faces. */
    static String place(Device device) {
        if (device.getCabinet() != null) {
            String unit = device.getPositionU() == null ? "0U" : "U" + device.getPositionU();
            String face = device.getFace() == null ? "" : " " + device.getFace().name().toLowerCase(java.util.Locale.ROOT);
            return device.getCabinet().getName() + " " + unit + face;
        }
        if (device.getRoom() != null) {
            return device.getRoom().getName();
        }
        return IN_STOCK;
    }
}
