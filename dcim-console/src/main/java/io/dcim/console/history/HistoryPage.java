package io.dcim.console.history;

import static io.dcim.console.layout.UrlParams.dateParam;
import static io.dcim.console.layout.UrlParams.putIfSet;
import static io.dcim.console.layout.UrlParams.text;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.IsoDateField;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.console.layout.SiteZones;
import io.dcim.console.layout.Texts;
import io.dcim.console.layout.Times;
import io.dcim.inventory.history.Change;
import io.dcim.inventory.history.HistoryFilter;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.wicket.Component;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Who changed what and when: one object's history with old and new values ({@code ?type=device&id=…}), or
 * the changes across the inventory and the power chain (sources, panels, feeds, supplies), newest first, paged in the database and filtered by who made them, the
 * type of object and the days they were made on (the default site's days). Objects are named as people know
 * them (an asset tag, a cabinet's name, a site's code), and the system's own work (the demo's seeding, jobs)
 * is marked as the system's.
 */
public class HistoryPage extends BasePage {

    @Inject
    private Services services;

    static final int ROWS_PER_PAGE = 50;
    private final String heading;

    public HistoryPage(PageParameters parameters) {
        super(parameters);
        String type = parameters.get("type").toOptionalString();
        Long id = parameters.get("id").toOptionalLong();
        boolean single = type != null && id != null;
        add(new FeedbackPanel("feedback"));
        add(defaultZoneNote("zoneNote"));
        if (single) {
            heading = Texts.of(this, "title.one", "object", objectLabel(type, id, nameOf(type, id)));
            add(new WebMarkupContainer("filter").setVisible(false));
            add(new WebMarkupContainer("list").setVisible(false));
            add(oneObject(type, id));
        } else {
            heading = getString("title.recent");
            HistoryFilter filter = filterOf(parameters, services.history().typeNames(), SiteZones.current().fallback());
            add(filterForm(parameters));
            PagedDataProvider<Change> rows = new PagedDataProvider<>(request -> services.history().page(filter, request),
                    ROWS_PER_PAGE, "newest");
            add(new ListTable<>("list", columns(), rows, ROWS_PER_PAGE));
            add(new WebMarkupContainer("one").setVisible(false));
        }
    }

    /** The filters in the URL: {@code who}, {@code kind}, and the days {@code from} and {@code to} (both included). */
    static HistoryFilter filterOf(PageParameters parameters, List<String> kinds, ZoneId zone) {
        String kind = text(parameters, "kind");
        LocalDate from = dateParam(parameters, "from");
        LocalDate to = dateParam(parameters, "to");
        return new HistoryFilter(kind != null && kinds.contains(kind) ? kind : null,
                text(parameters, "who"), from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private Form<Void> filterForm(PageParameters parameters) {
        Model<String> who = Model.of(text(parameters, "who"));
        Model<String> kind = Model.of(text(parameters, "kind"));
        Model<LocalDate> from = Model.of(dateParam(parameters, "from"));
        Model<LocalDate> to = Model.of(dateParam(parameters, "to"));
        Form<Void> form = new Form<>("filter") {
            @Override
            protected void onSubmit() {
                PageParameters next = new PageParameters();
                putIfSet(next, "who", who.getObject());
                putIfSet(next, "kind", kind.getObject());
                putIfSet(next, "from", from.getObject());
                putIfSet(next, "to", to.getObject());
                setResponsePage(HistoryPage.class, next);
            }
        };
        IModel<List<String>> actors = LoadableDetachableModel.of(() -> services.history().actors());
        form.add(new DropDownChoice<>("who", who, actors, new LambdaChoiceRenderer<>(this::actorLabel, a -> a))
                .setNullValid(true));
        form.add(new DropDownChoice<>("kind", kind, services.history().typeNames(),
                new LambdaChoiceRenderer<>(t -> getString("type." + t, null, t), t -> t)).setNullValid(true));
        form.add(new IsoDateField("from", from));
        form.add(new IsoDateField("to", to));
        return form;
    }

    private List<IColumn<Change, String>> columns() {
        List<IColumn<Change, String>> columns = new ArrayList<>();
        columns.add(new LambdaColumn<>(new ResourceModel("col.when"), c -> Times.second(c.at(), SiteZones.current().fallback())));
        columns.add(new LambdaColumn<>(new ResourceModel("col.who"), this::actorLabel));
        columns.add(new AbstractColumn<>(new ResourceModel("col.what")) {
            @Override
            public void populateItem(Item<ICellPopulator<Change>> cell, String id, IModel<Change> row) {
                Fragment link = new Fragment(id, "objectFragment", HistoryPage.this);
                link.add(objectLink(row.getObject()));
                cell.add(link);
            }
        });
        columns.add(new LambdaColumn<>(new ResourceModel("col.change"), c -> getString("action." + c.action(), null, c.action())));
        return columns;
    }

    private Component oneObject(String type, long id) {
        IModel<List<Change>> changes = LoadableDetachableModel.of(() -> {
            try {
                return services.history().of(type, id);
            } catch (DomainException e) {
                FieldErrors.report(this, e);
                return List.of();
            }
        });
        WebMarkupContainer one = new WebMarkupContainer("one");
        one.add(new ListView<>("changes", changes) {
            @Override
            protected void populateItem(ListItem<Change> item) {
                Change change = item.getModelObject();
                item.add(new Label("when", Times.second(change.at(), SiteZones.current().fallback())));
                item.add(new Label("actor", actorLabel(change)));
                item.add(objectLink(change));
                item.add(new Label("action", getString("action." + change.action(), null, change.action())));
                item.add(new ListView<>("fields", change.fields()) {
                    @Override
                    protected void populateItem(ListItem<Change.FieldChange> field) {
                        Change.FieldChange f = field.getModelObject();
                        field.add(new Label("field", f.field()));
                        field.add(new Label("before", f.before() == null ? "\u2014" : f.before()));
                        field.add(new Label("after", f.after() == null ? "\u2014" : f.after()));
                    }
                });
            }
        });
        return one;
    }

    private BookmarkablePageLink<Void> objectLink(Change change) {
        BookmarkablePageLink<Void> object = new BookmarkablePageLink<>("object", HistoryPage.class,
                new PageParameters().set("type", change.type()).set("id", change.objectId()));
        object.add(new Label("objectLabel", objectLabel(change.type(), change.objectId(), change.objectName())));
        return object;
    }

    private String nameOf(String type, long id) {
        try {
            return services.history().name(type, id);
        } catch (DomainException unknownType) {
            return null;
        }
    }

    /** "device IM-SRV-0001" in the page's language; "device 952" only for an object whose name is not known. */
    private String objectLabel(String type, long id, String name) {
        return Texts.of(this, "object", "type", getString("type." + type, null, type), "id", name == null ? id : name);
    }

    private String actorLabel(Change change) {
        return actorLabel(change.actor());
    }

    /** A person by their user name; the system's own work said as the system's, the demo's seeding as such. */
    private String actorLabel(String actor) {
        if (io.dcim.common.audit.Actor.DEMO_LOADER.equals(actor)) {
            return getString("actor.demo");
        }
        return io.dcim.common.audit.Actor.isSystem(actor) ? getString("actor.system") : actor;
    }

    @Override
    protected String title() {
        return heading;
    }
}
