package io.dcim.console.cabinet;

import io.dcim.inventory.cabinet.CabinetSummary;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.panel.GenericPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** The cabinet's name, linking to its elevation. */
class CabinetLinkPanel extends GenericPanel<CabinetSummary> {

    CabinetLinkPanel(String id, IModel<CabinetSummary> model) {
        super(id, model);
        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", CabinetPage.class,
                new PageParameters().set("id", model.getObject().id()));
        link.add(new Label("name", model.map(c -> c.roomName() + " · " + c.name())));
        add(link);
    }
}
