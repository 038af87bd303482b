package io.dcim.inventory.cabinet;

import io.dcim.inventory.label.LabelFilter;
import java.io.Serializable;

/** Filters of the cabinet list; null means "any"; {@code labels} keeps cabinets with all the tags and values given. */
public record CabinetFilter(Long siteId, Long roomId, Long rowId, String nameContains, Integer minFreeU,
        Long minHeadroomW, Long tenantId, LabelFilter labels) implements Serializable {

    public CabinetFilter(Long siteId, Long roomId, Long rowId, String nameContains, Integer minFreeU, Long minHeadroomW,
            Long tenantId) {
        this(siteId, roomId, rowId, nameContains, minFreeU, minHeadroomW, tenantId, LabelFilter.NONE);
    }

    /** The same filter keeping only cabinets with these labels. */
    public CabinetFilter withLabels(LabelFilter wanted) {
        return new CabinetFilter(siteId, roomId, rowId, nameContains, minFreeU, minHeadroomW, tenantId, wanted);
    }

    public static CabinetFilter ofSite(Long siteId) {
        return new CabinetFilter(siteId, null, null, null, null, null, null);
    }
}
