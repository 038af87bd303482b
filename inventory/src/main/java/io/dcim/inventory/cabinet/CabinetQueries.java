package io.dcim.inventory.cabinet;

import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.paging.Like;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.inventory.label.LabelConditions;
import io.dcim.inventory.tag.ObjectType;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Database;
import java.util.Map;

/** The cabinet list, filtered, sorted and paged in the database from the occupancy columns. */
public final class CabinetQueries {

    /** Room and row names sort as people count them (Hall 2 before Hall 10), by their stored keys. */
    private static final SortColumns SORT = new SortColumns("name", "c.id", Map.of(
            "name", "r.sortKey, r.name, row.position, c.position",
            "room", "r.sortKey, r.name",
            "row", "row.sortKey, row.name",
            "freeU", "(c.heightU - c.usedU)",
            "usedU", "c.usedU",
            "typicalW", "c.typicalW",
            "headroomW", "(c.contractedW - c.typicalW)",
            "contractedW", "c.contractedW",
            "devices", "c.deviceCount"));

    private final Database db;

    public CabinetQueries(Database db) {
        this.db = db;
    }

    public Page<CabinetSummary> page(CabinetFilter filter, PageRequest request) {
        return db.read(session -> LabelConditions.apply(session, query(filter), ObjectType.CABINET, "c.id", filter.labels())
                .fetch(session, request));
    }

    /** One cabinet's line, with its U and kW figures. */
    public CabinetSummary find(long cabinetId) {
        return db.read(session -> query(CabinetFilter.ofSite(null)).byId(session, cabinetId))
                .orElseThrow(() -> new NotFoundException(Message.noun(Cabinet.class, "cabinet"), cabinetId));
    }

    private static PagedQuery<CabinetSummary> query(CabinetFilter filter) {
        return new PagedQuery<>(CabinetSummary.class,
                        "select new io.dcim.inventory.cabinet.CabinetSummary(c.id, c.name, s.id, s.name, r.id, r.name, row.id,"
                                + " row.name, c.position, c.heightU, c.usedU, c.reservedU, c.typicalW, c.contractedW,"
                                + " c.deviceCount)",
                        "from Cabinet c join c.room r join r.site s join c.row row", "c.id", SORT)
                .where("s.id = :site", "site", filter.siteId())
                .where("r.id = :room", "room", filter.roomId())
                .where("row.id = :row", "row", filter.rowId())
                .where("upper(c.name) like :name", "name", Like.contains(filter.nameContains()))
                .where("(c.heightU - c.usedU) >= :freeU", "freeU", filter.minFreeU())
                .where("(c.contractedW - c.typicalW) >= :headroom", "headroom", filter.minHeadroomW())
                .where("exists (select 1 from Device d where d.cabinet = c and d.tenant.id = :tenant)", "tenant",
                        filter.tenantId());
    }
}
