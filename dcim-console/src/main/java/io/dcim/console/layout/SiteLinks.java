package io.dcim.console.layout;

import java.util.List;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.Page;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Every site as a link ({@code site}) to the same page for that site, the one shown marked {@code current}: how a
 * page that shows one site at a time lets the reader switch. The page's markup places them
 * ({@code <span wicket:id="sites"><a wicket:id="site"></a> </span>}); what else its URL carries ({@code carried}: a
 * period, a year) stays as it is.
 */
public final class SiteLinks extends ListView<SiteChoice> {

    private final Long shown;
    private final Class<? extends Page> page;
    private final PageParameters carried;

    public SiteLinks(String id, IModel<List<SiteChoice>> sites, Long shown, Class<? extends Page> page,
                     PageParameters carried) {
        super(id, sites);
        this.shown = shown;
        this.page = page;
        this.carried = carried;
    }

    @Override
    protected void populateItem(ListItem<SiteChoice> item) {
        SiteChoice site = item.getModelObject();
        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("site", page,
                new PageParameters().set("site", site.id()).mergeWith(carried));
        link.setBody(Model.of(site.name()));
        if (site.id().equals(shown)) {
            link.add(AttributeModifier.append("class", "current"));
        }
        item.add(link);
    }
}
