package io.dcim.inventory.site;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What it takes to register an IDC site. */
public record NewSite(String name, String provider, String city, String timeZone, BigDecimal electricityPricePerKwh,
        BigDecimal designPue, LocalDate liveSince) {
}
