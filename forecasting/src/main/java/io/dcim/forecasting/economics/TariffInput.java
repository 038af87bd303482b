package io.dcim.forecasting.economics;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A site's electricity tariff as people enter it: CNY per kWh and its days. */
public record TariffInput(long siteId, BigDecimal cnyPerKwh, LocalDate validFrom, LocalDate validTo) {
}
