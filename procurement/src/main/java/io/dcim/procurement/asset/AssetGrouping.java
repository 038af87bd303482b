package io.dcim.procurement.asset;

/** What asset sums are broken down by. */
public enum AssetGrouping {
    SITE,
    ASSET_CLASS,
    COST_CENTRE,
    /** One total. */
    NONE
}
