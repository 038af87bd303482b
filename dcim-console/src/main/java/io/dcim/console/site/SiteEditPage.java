package io.dcim.console.site;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.console.label.LabelsField;
import io.dcim.inventory.tag.ObjectType;
import org.apache.wicket.markup.html.WebMarkupContainer;
import io.dcim.common.access.Permission;
import io.dcim.common.edit.Versioned;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.NotFoundException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.home.HomePage;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.FieldErrors;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteDetails;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A site registered or edited ({@code /site-edit}, {@code ?id=} to edit): its name and code, provider
 * and city, time zone, tariff, design PUE and grid emission factor; its rooms listed and added here.
 * An edit names the version the form was filled from, so a change saved meanwhile is refused, not
 * overwritten. Deleting is offered while the site has no rooms.
 */
@AuthorizeInstantiation("site.manage")
public class SiteEditPage extends BasePage {

    @Inject
    private Services services;

    private final Long siteId;
    private int version;
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
        Form<Void> form = new Form<>("form");
        add(form);
        FieldErrors fields = new FieldErrors(form);
        form.add(EditFeedback.panel("formFeedback", this, form));
        fields.add(form, "name", new TextField<>("name", name));
        fields.add(form, "code", new TextField<>("code", code));
        fields.add(form, "provider", new TextField<>("provider", provider));
        fields.add(form, "city", new TextField<>("city", city));
        List<String> zones = ZoneId.getAvailableZoneIds().stream().sorted().toList();
        fields.add(form, "timeZone", new DropDownChoice<>("timeZone", timeZone, zones));
        fields.add(form, "electricityPricePerKwh", new DecimalField("price", price));
        fields.add(form, "designPue", new DecimalField("pue", pue));
        fields.add(form, "gridEmissionKgPerKwh", new DecimalField("emission", emission));
        fields.add(form, "liveSince", new IsoDateField("liveSince", liveSince));
        labels = siteId == null ? null : new LabelsField("labels", ObjectType.SITE, siteId, fields);
        form.add(labels == null ? new WebMarkupContainer("labels").setVisible(false) : labels);
        form.add(new Button("save") {
            @Override
            public void onSubmit() {
                save(fields);
            }
        });
        form.add(new Button("delete") {
            @Override
            public void onSubmit() {
                delete(fields);
            }
        }.setDefaultFormProcessing(false).setVisible(siteId != null));
        add(rooms());
    }

    private void fill() {
        Versioned<SiteDetails> read;
        try {
            read = services.siteFacade().site(DcimSession.get().caller(), siteId);
        } catch (NotFoundException e) {
            throw new AbortWithHttpErrorCodeException(404, e.getMessage());
        }
        version = read.version();
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

    private void save(FieldErrors fields) {
        SiteDetails details = new SiteDetails(name.getObject(), code.getObject(), provider.getObject(), city.getObject(),
                timeZone.getObject(), price.getObject(), pue.getObject(), emission.getObject(), liveSince.getObject());
        try {
            if (siteId == null) {
                Site created = services.siteFacade().create(DcimSession.get().caller(), details);
                getSession().success(getString("saved"));
                setResponsePage(SiteEditPage.class, new PageParameters().set("id", created.getId()));
            } else {
                version = services.siteFacade().edit(DcimSession.get().caller(), siteId, version, details, labels.labels())
                        .getVersion();
                success(getString("saved"));
            }
        } catch (DomainException e) {
            fields.report(e);
        }
    }

    private void delete(FieldErrors fields) {
        try {
            services.siteFacade().delete(DcimSession.get().caller(), siteId, version);
            getSession().success(getString("deleted"));
            setResponsePage(HomePage.class);
        } catch (DomainException e) {
            fields.report(e);
        }
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
