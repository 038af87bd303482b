package io.dcim.web.layout;

import io.dcim.web.home.HomePage;
import org.apache.wicket.markup.head.CssHeaderItem;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.CssResourceReference;

/** The frame every page shares: title, navigation by feature, the stylesheet. */
public abstract class BasePage extends WebPage {

    private static final CssResourceReference CSS = new CssResourceReference(BasePage.class, "dcim.css");

    protected BasePage(PageParameters parameters) {
        super(parameters);
        add(new Label("title", this::title));
        add(new BookmarkablePageLink<>("brand", HomePage.class));
        add(new BookmarkablePageLink<>("home", HomePage.class));
        add(new Label("heading", this::title));
    }

    protected abstract String title();

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        response.render(CssHeaderItem.forReference(CSS));
    }
}
