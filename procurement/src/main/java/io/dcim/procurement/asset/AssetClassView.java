package io.dcim.procurement.asset;

import java.io.Serializable;

/**
 * An asset class as its page and the API show it: its terms, the version an edit names, and how
 * many of its assets are on the books, which keep their own terms when the class's change.
 */
public record AssetClassView(AssetClass assetClass, int version, ClassTerms terms, long assetsOnBooks)
        implements Serializable {
}
