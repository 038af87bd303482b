package io.dcim.forecasting.demand;

import io.dcim.forecasting.history.Resource;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A pipeline entry as lists show it, with the tenant's and site's names. */
public record DemandSummary(long id, int version, long tenantId, String tenantName, long siteId, String siteName,
                            Resource resource, long quantity, LocalDate startDate, int durationMonths, DemandStage stage,
                            BigDecimal probability, String note) implements Serializable {
}
