package io.dcim.inventory.site;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Everything people edit on a site, as one form or one API body carries it: what a new site is
 * registered with and what an edit replaces. Blank optional text is stored as none.
 *
 * @param electricityPricePerKwh the tariff, CNY per kWh
 * @param gridEmissionKgPerKwh   the grid's emission factor, kg CO2 per kWh; null when unknown
 */
public record SiteDetails(String name, String code, String provider, String city, String timeZone,
        BigDecimal electricityPricePerKwh, BigDecimal designPue, BigDecimal gridEmissionKgPerKwh, LocalDate liveSince) {

    public static SiteDetails of(Site site) {
        return new SiteDetails(site.getName(), site.getCode(), site.getProvider(), site.getCity(), site.getZone().getId(),
                site.getElectricityPricePerKwh(), site.getDesignPue(), site.getGridEmissionKgPerKwh(), site.getLiveSince());
    }
}
