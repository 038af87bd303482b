package io.dcim.console.layout;

import org.apache.wicket.Page;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** An object's name as the link to its page ({@code ?id=}): how a list or a panel names what it shows. */
public final class NameLink {

    private NameLink() {
    }

    public static BookmarkablePageLink<Void> to(String id, Class<? extends Page> page, long objectId, String name) {
        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>(id, page, new PageParameters().set("id", objectId));
        link.setBody(Model.of(name));
        return link;
    }
}
