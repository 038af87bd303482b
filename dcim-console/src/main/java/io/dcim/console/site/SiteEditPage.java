package io.dcim.console.site;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.edit.Versioned;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.home.HomePage;
import io.dcim.console.label.LabelsField;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.DecimalField;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.FormEditPage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.IsoDateField;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteDetails;
import io.dcim.inventory.tag.ObjectType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A site registered or edited ({@code /site-edit}, {@code ?id=} to edit): its name and code, provider
 * and city, time zone, tariff, design PUE and grid emission factor; its rooms listed and added here.
 * An edit names the version the form was filled from, so a change saved meanwhile is refused, not
 * overwritten. Deleting is offered while the site has no rooms.
 */
@AuthorizeInstantiation("site.manage")
public class SiteEditPage extends FormEditPage {

    @Inject
    private Services services;

    private final Long siteId;
    /** Tags and custom fields, for a site that exists (null while creating one). */
    private final LabelsField labels;
    private final Model<String> name = Model.of();
    private final Model<String> code = Model.of();
    private final Model<String> provider = Model.of();
    private final Model<String> city = Model.of();
    private final Model<String> timeZone = Model.of("Asia/Shanghai");
    private final Model<BigDecimal> price = Model.of();
    private final Model<BigDecimal> pue = Model.of();
    private final Model<BigDecimal> emission = Model.of();
    private final Model<LocalDate> liveSince = Model.of();
    private final Model<String> roomName = Model.of();

    public SiteEditPage(PageParameters parameters) {
        super(parameters);
        this.siteId = longParam(parameters, "id");
        if (siteId != null) {
            fill();
        }
        field("name", new TextField<>("name", name));
        field("code", new TextField<>("code", code));
        field("provider", new TextField<>("provider", provider));
        field("city", new TextField<>("city", city));
        List<String> zones = ZoneId.getAvailableZoneIds().stream().sorted().toList();
        field("timeZone", new DropDownChoice<>("timeZone", timeZone, zones));
        field("electricityPricePerKwh", new DecimalField("price", price));
        field("designPue", new DecimalField("pue", pue));
        field("gridEmissionKgPerKwh", new DecimalField("emission", emission));
        field("liveSince", new IsoDateField("liveSince", liveSince));
        labels = inForm(new LabelsField("labels", ObjectType.SITE, siteId, fieldErrors()));
        belowForm().add(rooms());
    }

    private void fill() {
        Versioned<SiteDetails> read = found(() -> services.siteFacade().site(DcimSession.get().caller(), siteId));
        versionRead(read.version());
        SiteDetails d = read.value();
        name.setObject(d.name());
        code.setObject(d.code());
        provider.setObject(d.provider());
        city.setObject(d.city());
        timeZone.setObject(d.timeZone());
        price.setObject(d.electricityPricePerKwh());
        pue.setObject(d.designPue());
        emission.setObject(d.gridEmissionKgPerKwh());
        liveSince.setObject(d.liveSince());
    }

    private SiteDetails details() {
        return new SiteDetails(name.getObject(), code.getObject(), provider.getObject(), city.getObject(),
                timeZone.getObject(), price.getObject(), pue.getObject(), emission.getObject(), liveSince.getObject());
    }

    @Override
    protected boolean isNew() {
        return siteId == null;
    }

    @Override
    protected Destination create() {
        Site created = services.siteFacade().create(DcimSession.get().caller(), details(), labels.labels());
        return Destination.to(SiteEditPage.class, created.getId());
    }

    @Override
    protected int edit(int versionRead) {
        return services.siteFacade().edit(DcimSession.get().caller(), siteId, versionRead, details(), labels.labels()).getVersion();
    }

    @Override
    protected Destination delete(int versionRead) {
        services.siteFacade().delete(DcimSession.get().caller(), siteId, versionRead);
        return Destination.to(HomePage.class);
    }

    /** The site's rooms, each to its own edit page, and a form to add one. */
    private WebMarkupContainer rooms() {
        WebMarkupContainer rooms = new WebMarkupContainer("rooms");
        rooms.setVisible(siteId != null);
        rooms.add(new ListView<>("room", LoadableDetachableModel.of(() -> siteId == null ? List.<Room>of()
                : services.sites().rooms(siteId))) {
            @Override
            protected void populateItem(ListItem<Room> item) {
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("edit", RoomEditPage.class,
                        new PageParameters().set("id", item.getModelObject().getId()));
                link.add(new Label("name", item.getModelObject().getName()));
                item.add(link);
            }
        });
        Form<Void> add = new Form<>("addRoom") {
            @Override
            protected void onSubmit() {
                try {
                    services.siteFacade().createRoom(DcimSession.get().caller(), siteId, roomName.getObject());
                    roomName.setObject(null);
                    success(getString("roomAdded"));
                } catch (DomainException e) {
                    FieldErrors.report(this, e);
                }
            }
        };
        add.add(new FeedbackPanel("addFeedback", message -> message.getReporter() == add));
        add.add(new TextField<>("roomName", roomName));
        add.setVisible(DcimSession.get().may(Permission.SITE_MANAGE));
        rooms.add(add);
        return rooms;
    }

    @Override
    protected String title() {
        return siteId == null ? getString("title.new") : getString("title.edit", Model.of(this));
    }

    /** The site's name as stored, for the title. */
    public String getSiteName() {
        return name.getObject();
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.sites"), HomePage.class, new PageParameters()),
                Crumb.here(siteId == null ? getString("title.new") : String.valueOf(name.getObject())));
    }
}
