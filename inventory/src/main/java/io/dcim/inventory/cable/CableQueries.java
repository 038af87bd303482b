package io.dcim.inventory.cable;

import io.dcim.common.paging.Like;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.common.paging.SortColumns;
import java.util.Map;

/** Cables by site, room, device, type, status or label, paged and sorted in the database. */
public final class CableQueries {

    private static final SortColumns SORT = new SortColumns("label", "k.id", Map.of(
            "label", "k.labelKey",
            "type", "k.type",
            "status", "k.status",
            "length", "k.lengthM",
            "aDevice", "da.assetTagKey, pa.position",
            "bDevice", "db.assetTagKey, pb.position"));

    private final io.dcim.common.persistence.Database db;

    public CableQueries(io.dcim.common.persistence.Database db) {
        this.db = db;
    }

    /**
     * Each end join names a whole unique key (cable, side, lane), so every join is at most one
     * row and PostgreSQL can drop them from the count query.
     */
    public Page<CableSummary> page(CableFilter filter, PageRequest request) {
        return db.read(session -> new PagedQuery<>(CableSummary.class,
                "select new io.dcim.inventory.cable.CableSummary(k.id, k.label, k.type, k.lanes, k.lengthM, k.colour,"
                        + " k.status, da.id, coalesce(da.name, da.assetTag), pa.name, pa.kind, db.id,"
                        + " coalesce(db.name, db.assetTag), pb.name, pb.kind, k.version)",
                "from Cable k left join CableEnd ea on ea.cable = k and ea.side = 'A' and ea.lane = 1 left join ea.port pa"
                        + " left join pa.device da left join CableEnd eb on eb.cable = k and eb.side = 'B' and eb.lane = 1"
                        + " left join eb.port pb left join pb.device db",
                "k.id", SORT)
                .where("k.site.id = :site", "site", filter.siteId())
                // "in (ends of the device's ports)" rather than a correlated exists: both databases then start
                // from the few matching ends instead of testing every cable of the site
                .where("k.id in (select re.cable.id from CableEnd re join re.port rp join rp.device rd"
                        + " where rd.room.id = :room)", "room", filter.roomId())
                .where("k.id in (select de.cable.id from CableEnd de join de.port dp where dp.device.id = :device)",
                        "device", filter.deviceId())
                .where("k.type = :type", "type", filter.type())
                .where("k.status = :status", "status", filter.status())
                .where("k.labelKey like :label", "label", Like.contains(filter.label()))
                .fetch(session, request));
    }
}
