package io.dcim.inventory.device;

import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.paging.Like;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.label.LabelConditions;
import io.dcim.inventory.tag.ObjectType;
import java.util.Map;

/** Devices by cabinet, kind, status, tenant or text, paged and sorted in the database. */
public final class DeviceQueries {

    private static final SortColumns SORT = new SortColumns("assetTag", "d.id", Map.of(
            "assetTag", "d.assetTagKey",
            "serial", "d.serialKey",
            "name", "d.name",
            "model", "m.manufacturer, m.model",
            "kind", "m.kind",
            "status", "d.status",
            "cabinet", "c.sortKey, c.name, d.positionU",
            "position", "d.positionU",
            "room", "r.name, c.sortKey, c.name, d.positionU",
            "tenant", "t.name"));

    /** More devices than the largest site holds: a bound, not a limit anyone meets. */
    static final int MAX_IDS = 100_000;

    private final Database db;

    public DeviceQueries(Database db) {
        this.db = db;
    }

    public Page<DeviceSummary> page(DeviceFilter filter, PageRequest request) {
        return db.read(session -> LabelConditions.apply(session, query(filter), ObjectType.DEVICE, "d.id", filter.labels())
                .fetch(session, request));
    }

    /** One device's line: model, place, status and tenant. */
    public DeviceSummary find(long deviceId) {
        return db.read(session -> query(DeviceFilter.all()).byId(session, deviceId))
                .orElseThrow(() -> new NotFoundException(Message.noun(Device.class, "device"), deviceId));
    }

    /**
     * The ids of every device the filter matches, in asset-tag order: what "all matching" selects in a list
     * without its ids travelling through a URL or a page.
     */
    public java.util.List<Long> ids(DeviceFilter filter) {
        return db.read(session -> filtered(Long.class, "select d.id", filter).all(session, "assetTag", MAX_IDS));
    }

    /** The full lines the device spreadsheet holds, for exports. */
    public Page<DeviceRecord> records(DeviceFilter filter, PageRequest request) {
        return db.read(session -> LabelConditions.apply(session, filtered(DeviceRecord.class,
                "select new io.dcim.inventory.device.DeviceRecord(d.id, d.assetTag, d.serial, d.name, m.manufacturer,"
                        + " m.model, d.status, s.name, r.name, c.name, d.positionU, d.face, t.name, d.notes)",
                filter), ObjectType.DEVICE, "d.id", filter.labels()).fetch(session, request));
    }

    private static PagedQuery<DeviceSummary> query(DeviceFilter filter) {
        return filtered(DeviceSummary.class,
                "select new io.dcim.inventory.device.DeviceSummary(d.id, d.assetTag, d.serial, d.name, m.id,"
                        + " m.manufacturer, m.model, m.kind, m.heightU, m.fullDepth, d.status, c.id, c.name, d.positionU,"
                        + " d.face, r.id, r.name, t.id, t.name, d.version)",
                filter);
    }

    private static <T> PagedQuery<T> filtered(Class<T> type, String select, DeviceFilter filter) {
        return new PagedQuery<>(type, select,
                        "from Device d join d.model m left join d.cabinet c left join d.room r left join r.site s"
                                + " left join d.tenant t",
                        "d.id", SORT)
                .where("r.site.id = :site", "site", filter.siteId())
                .where("r.id = :room", "room", filter.roomId())
                .where("c.id = :cabinet", "cabinet", filter.cabinetId())
                .where("m.kind = :kind", "kind", filter.kind())
                .where("d.status = :status", "status", filter.status())
                .where("t.id = :tenant", "tenant", filter.tenantId())
                .where("(d.assetTagKey like :text or d.serialKey like :text or upper(d.name) like :text)", "text",
                        Like.contains(filter.text()));
    }
}
