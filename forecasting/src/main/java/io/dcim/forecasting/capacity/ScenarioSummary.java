package io.dcim.forecasting.capacity;

import io.dcim.forecasting.history.Resource;
import java.io.Serializable;
import java.time.Instant;

/** A saved scenario as lists show it. */
public record ScenarioSummary(long id, int version, String name, long siteId, String siteName, Resource resource,
                              String createdBy, Instant updatedAt) implements Serializable {
}
