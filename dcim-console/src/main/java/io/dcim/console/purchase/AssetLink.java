package io.dcim.console.purchase;

import io.dcim.console.layout.NameLink;
import org.apache.wicket.markup.html.panel.Panel;

/** A table cell linking to one asset. */
final class AssetLink extends Panel {

    AssetLink(String id, long assetId, String assetTag) {
        super(id);
        add(NameLink.to("link", AssetPage.class, assetId, assetTag));
    }
}
