package io.dcim.console.site;

import io.dcim.app.Services;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.cabinet.CabinetEditPage;
import io.dcim.console.home.HomePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.FormEditPage;
import io.dcim.console.layout.Format;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.inventory.site.CabinetRow;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A row of cabinets renamed or moved in its room's order, its cabinets listed with a way to add one,
 * and the row deleted while it holds no cabinet ({@code /row-edit?id=}).
 */
@AuthorizeInstantiation("site.manage")
public class RowEditPage extends FormEditPage {

    /** A row holds tens of cabinets; this bounds the list without paging it. */
    private static final int MAX_CABINETS = 500;

    @Inject
    private Services services;

    private final long rowId;
    private final long roomId;
    private final String roomName;
    private final long siteId;
    private final String siteName;
    private final Model<String> name = Model.of();
    private final Model<Integer> position = Model.of();

    public RowEditPage(PageParameters parameters) {
        super(parameters);
        this.rowId = requiredId(parameters);
        CabinetRow row = found(() -> services.sites().row(rowId));
        this.roomId = row.getRoom().getId();
        this.roomName = row.getRoom().getName();
        this.siteId = row.getRoom().getSite().getId();
        this.siteName = row.getRoom().getSite().getName();
        versionRead(row.getVersion());
        name.setObject(row.getName());
        position.setObject(row.getPosition());
        field("name", new TextField<>("name", name));
        field("position", new NumberTextField<>("position", position, Integer.class).setRequired(true));
        belowForm().add(new ListView<>("cabinet", LoadableDetachableModel.of(() -> services.cabinetQueries().page(
                new CabinetFilter(null, null, rowId, null, null, null, null), PageRequest.first(MAX_CABINETS, "name"))
                .items())) {
            @Override
            protected void populateItem(ListItem<CabinetSummary> item) {
                CabinetSummary cabinet = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("edit", CabinetEditPage.class,
                        new PageParameters().set("id", cabinet.id()));
                link.add(new Label("name", cabinet.name()));
                item.add(link);
                item.add(new Label("heightU", cabinet.heightU()));
                item.add(new Label("contractedKw", Format.kw(cabinet.contractedW())));
                item.add(new Label("devices", cabinet.deviceCount()));
            }
        });
        belowForm().add(new BookmarkablePageLink<>("newCabinet", CabinetEditPage.class, new PageParameters().set("row", rowId)));
    }

    @Override
    protected boolean isNew() {
        return false;
    }

    @Override
    protected int edit(int versionRead) {
        return services.siteFacade().editRow(DcimSession.get().caller(), rowId, versionRead, name.getObject(),
                position.getObject()).getVersion();
    }

    @Override
    protected Destination delete(int versionRead) {
        services.siteFacade().deleteRow(DcimSession.get().caller(), rowId, versionRead);
        return Destination.to(RoomEditPage.class, roomId);
    }

    @Override
    protected String title() {
        return getString("title", Model.ofMap(java.util.Map.of("row", String.valueOf(name.getObject()), "room", roomName)));
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.sites"), HomePage.class, new PageParameters()),
                Crumb.to(siteName, SiteEditPage.class, new PageParameters().set("id", siteId)),
                Crumb.to(roomName, RoomEditPage.class, new PageParameters().set("id", roomId)),
                Crumb.here(String.valueOf(name.getObject())));
    }
}
