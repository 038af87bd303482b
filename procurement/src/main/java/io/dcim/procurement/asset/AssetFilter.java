package io.dcim.procurement.asset;

/** Which assets a list, a sum or an export covers; null means any. */
public record AssetFilter(Long siteId, AssetClass assetClass, String costCentre, String tagContains) {

    public static AssetFilter all() {
        return new AssetFilter(null, null, null, null);
    }

    public static AssetFilter site(long siteId) {
        return new AssetFilter(siteId, null, null, null);
    }

    public static AssetFilter of(Long siteId, AssetClass assetClass) {
        return new AssetFilter(siteId, assetClass, null, null);
    }
}
