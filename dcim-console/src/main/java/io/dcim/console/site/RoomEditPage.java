package io.dcim.console.site;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.home.HomePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.FormEditPage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.inventory.site.CabinetRow;
import io.dcim.inventory.site.Room;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A room renamed, its rows listed and added, and the room deleted while it has neither rows nor
 * devices on its floor ({@code /room-edit?id=}). Edits name the version the page was filled from.
 */
@AuthorizeInstantiation("site.manage")
public class RoomEditPage extends FormEditPage {

    @Inject
    private Services services;

    private final long roomId;
    private final long siteId;
    private final String siteName;
    private final Model<String> name = Model.of();
    private final Model<String> rowName = Model.of();
    private final Model<Integer> rowPosition = Model.of();

    public RoomEditPage(PageParameters parameters) {
        super(parameters);
        this.roomId = requiredId(parameters);
        Room room = found(() -> services.sites().room(roomId));
        this.siteId = room.getSite().getId();
        this.siteName = room.getSite().getName();
        versionRead(room.getVersion());
        name.setObject(room.getName());
        field("name", new TextField<>("name", name));
        rows();
    }

    @Override
    protected boolean isNew() {
        return false;
    }

    @Override
    protected int edit(int versionRead) {
        return services.siteFacade().editRoom(DcimSession.get().caller(), roomId, versionRead, name.getObject())
                .getVersion();
    }

    @Override
    protected Destination delete(int versionRead) {
        services.siteFacade().deleteRoom(DcimSession.get().caller(), roomId, versionRead);
        return Destination.to(SiteEditPage.class, siteId);
    }

    private void rows() {
        belowForm().add(new ListView<>("row", LoadableDetachableModel.of(() -> services.sites().rows(roomId))) {
            @Override
            protected void populateItem(ListItem<CabinetRow> item) {
                CabinetRow row = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("edit", RowEditPage.class,
                        new PageParameters().set("id", row.getId()));
                link.add(new Label("name", row.getName()));
                item.add(link);
                item.add(new Label("position", row.getPosition()));
            }
        });
        Form<Void> add = new Form<>("addRow") {
            @Override
            protected void onSubmit() {
                try {
                    int position = rowPosition.getObject() == null ? services.sites().rows(roomId).size() + 1
                            : rowPosition.getObject();
                    services.siteFacade().createRow(DcimSession.get().caller(), roomId, rowName.getObject(), position);
                    rowName.setObject(null);
                    rowPosition.setObject(null);
                    success(getString("rowAdded"));
                } catch (DomainException e) {
                    FieldErrors.report(this, e);
                }
            }
        };
        add.add(new FeedbackPanel("addFeedback", message -> message.getReporter() == add));
        add.add(new TextField<>("rowName", rowName));
        add.add(new NumberTextField<>("rowPosition", rowPosition, Integer.class));
        belowForm().add(add);
    }

    @Override
    protected String title() {
        return getString("title", Model.ofMap(java.util.Map.of("room", String.valueOf(name.getObject()))));
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.sites"), HomePage.class, new PageParameters()),
                Crumb.to(siteName, SiteEditPage.class, new PageParameters().set("id", siteId)),
                Crumb.here(String.valueOf(name.getObject())));
    }
}
