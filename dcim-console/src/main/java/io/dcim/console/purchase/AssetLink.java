package io.dcim.console.purchase;

import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** A table cell linking to one asset. */
final class AssetLink extends Panel {

    AssetLink(String id, long assetId, String assetTag) {
        super(id);
        add(new BookmarkablePageLink<>("link", AssetPage.class, new PageParameters().set("id", assetId))
                .setBody(Model.of(assetTag)));
    }
}
