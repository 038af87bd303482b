package io.dcim.forecasting.demand;

/**
 * Which daily series the organic forecast of GPU demand was made on: the cards allocated to tenants (the
 * utilization history's snapshots), or, once usage has been imported for the site, the cards busy on average each day
 * (card-hours used / 24, from {@code usage_day} and rentals). Power, cabinets and U always use the history.
 */
public enum DemandSeries {
    ALLOCATED,
    USED_CARD_HOURS
}
