package io.dcim.forecasting.history;

/** One stored figure of a day: what {@link UtilizationPoint} is, with the keys it is stored under. */
record SnapshotRow(long siteId, Resource resource, String gpuClass, long used, Long inService, long capacity,
                   boolean measured) {
}
