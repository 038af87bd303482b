package io.dcim.console.layout;

import io.dcim.console.auth.DcimSession;
import org.apache.wicket.Page;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A link from an object's page to the page that edits it, shown only to users whose permissions
 * open that page (its own {@code @AuthorizeInstantiation}, read by {@link DcimSession#mayOpen}),
 * so the permission is named once, on the edit page.
 */
public final class EditLink {

    private EditLink() {
    }

    public static BookmarkablePageLink<Void> to(String id, Class<? extends Page> page, long objectId) {
        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>(id, page, new PageParameters().set("id", objectId));
        link.setVisible(DcimSession.get().mayOpen(page));
        return link;
    }
}
