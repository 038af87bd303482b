package io.dcim.inventory.cabinet;

import java.io.Serializable;

/** Filters of the cabinet list; null means "any". */
public record CabinetFilter(Long siteId, Long roomId, Long rowId, String nameContains, Integer minFreeU,
        Long minHeadroomW, Long tenantId) implements Serializable {

    public static CabinetFilter ofSite(Long siteId) {
        return new CabinetFilter(siteId, null, null, null, null, null, null);
    }
}
