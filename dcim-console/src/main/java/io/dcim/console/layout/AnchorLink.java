package io.dcim.console.layout;

import org.apache.wicket.Page;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;

/**
 * A bookmarkable link drawn on an {@code <a>} tag, with no popup: its URL is its {@code href}, nothing else.
 * Wicket's {@code Link.renderHead} computes every link's URL a second time only to find that an {@code <a>} needs
 * no click script; the header's menus draw dozens of links on every page, so that second URL was seen in the
 * profile of every page (JFR, bench-web side by side).
 */
public class AnchorLink extends BookmarkablePageLink<Void> {

    public <C extends Page> AnchorLink(String id, Class<C> page) {
        super(id, page);
    }

    @Override
    protected boolean useJSEventBindingWhenNeeded() {
        return false;
    }
}
