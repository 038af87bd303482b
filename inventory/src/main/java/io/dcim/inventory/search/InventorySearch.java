package io.dcim.inventory.search;

import io.dcim.common.paging.Like;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Database;
import java.util.Map;

/**
 * The inventory's smaller kinds the header's search also looks in: sites (by name, code or city), rooms,
 * tenants, device models and GPU models, each by a case-insensitive "contains", at most {@code limit} per
 * kind with the total beside them, so a vague query costs one short query and one count per kind.
 * Devices, cabinets and GPUs have their own queries.
 */
public final class InventorySearch {

    private static final SortColumns BY_NAME = new SortColumns("name", "x.id", Map.of("name", "x.name"));
    private static final SortColumns DEVICE_MODELS = new SortColumns("name", "x.id",
            Map.of("name", "x.manufacturer, x.model"));
    private static final String HIT = "select new io.dcim.inventory.search.SearchHit(";

    private final Database db;

    public InventorySearch(Database db) {
        this.db = db;
    }

    public Page<SearchHit> sites(String text, int limit) {
        return find(HIT + "x.id, x.name, x.code)", "from Site x", BY_NAME,
                "(upper(x.name) like :text or upper(x.code) like :text or upper(x.city) like :text)", text, limit);
    }

    public Page<SearchHit> rooms(String text, int limit) {
        return find(HIT + "x.id, x.name, s.name)", "from Room x join x.site s", BY_NAME,
                "upper(x.name) like :text", text, limit);
    }

    public Page<SearchHit> tenants(String text, int limit) {
        return find(HIT + "x.id, x.name, cast(x.kind as string))", "from Tenant x", BY_NAME,
                "upper(x.name) like :text", text, limit);
    }

    public Page<SearchHit> deviceModels(String text, int limit) {
        return find(HIT + "x.id, concat(x.manufacturer, ' ', x.model), cast(x.kind as string))", "from DeviceModel x",
                DEVICE_MODELS, "(upper(x.model) like :text or upper(x.manufacturer) like :text"
                        + " or upper(concat(x.manufacturer, ' ', x.model)) like :text)", text, limit);
    }

    public Page<SearchHit> gpuModels(String text, int limit) {
        return find(HIT + "x.id, x.name, x.vendor)", "from GpuModel x", BY_NAME,
                "(upper(x.name) like :text or upper(x.vendor) like :text)", text, limit);
    }

    private Page<SearchHit> find(String select, String from, SortColumns sort, String condition, String text, int limit) {
        String pattern = Like.contains(text);
        if (pattern == null) {
            return new Page<>(java.util.List.of(), 0, PageRequest.first(limit, "name"));
        }
        return db.read(session -> new PagedQuery<>(SearchHit.class, select, from, "x.id", sort)
                .where(condition, "text", pattern)
                .fetch(session, PageRequest.first(limit, "name")));
    }
}
