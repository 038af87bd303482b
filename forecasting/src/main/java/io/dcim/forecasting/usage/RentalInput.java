package io.dcim.forecasting.usage;

import io.dcim.forecasting.history.GpuClass;
import java.time.LocalDate;

/** A whole-server rental as doors submit it; {@link RentalService} checks every field. */
public record RentalInput(Long tenantId, Long siteId, GpuClass gpuClass, Integer servers, Integer cardsPerServer,
                          Integer coresPerServer, LocalDate startDate, Integer months, String note) {
}
