package io.dcim.console.history;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.SiteZones;
import io.dcim.console.layout.Texts;
import io.dcim.console.layout.Times;
import io.dcim.inventory.history.Change;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Who changed what and when: one object's history with old and new values
 * ({@code ?type=device&id=…}), or the latest changes across the inventory.
 */
public class HistoryPage extends BasePage {

    @Inject
    private Services services;

    static final int RECENT = 100;
    private final String heading;

    public HistoryPage(PageParameters parameters) {
        super(parameters);
        String type = parameters.get("type").toOptionalString();
        Long id = parameters.get("id").toOptionalLong();
        boolean single = type != null && id != null;
        heading = single ? Texts.of(this, "title.one", "object", objectLabel(type, id)) : getString("title.recent");
        IModel<List<Change>> changes = LoadableDetachableModel.of(() -> {
            try {
                return single ? services.history().of(type, id)
                        : services.history().recent(RECENT);
            } catch (DomainException e) {
                FieldErrors.report(this, e);
                return List.of();
            }
        });
        add(new org.apache.wicket.markup.html.panel.FeedbackPanel("feedback"));
        add(defaultZoneNote("zoneNote"));
        add(new ListView<>("changes", changes) {
            @Override
            protected void populateItem(ListItem<Change> item) {
                Change change = item.getModelObject();
                item.add(new Label("when", Times.second(change.at(), SiteZones.current().fallback())));
                item.add(new Label("actor", change.actor()));
                BookmarkablePageLink<Void> object = new BookmarkablePageLink<>("object", HistoryPage.class,
                        new PageParameters().set("type", change.type()).set("id", change.objectId()));
                object.add(new Label("objectLabel", objectLabel(change.type(), change.objectId())));
                item.add(object);
                item.add(new Label("action", getString("action." + change.action(), null, change.action())));
                item.add(new ListView<>("fields", change.fields()) {
                    @Override
                    protected void populateItem(ListItem<Change.FieldChange> field) {
                        Change.FieldChange f = field.getModelObject();
                        field.add(new Label("field", f.field()));
                        field.add(new Label("before", f.before() == null ? "—" : f.before()));
                        field.add(new Label("after", f.after() == null ? "—" : f.after()));
                    }
                });
            }
        });
    }

    /** "device 952" in the page's language; a type the bundle does not know is shown as the history names it. */
    private String objectLabel(String type, long id) {
        return Texts.of(this, "object", "type", getString("type." + type, null, type), "id", id);
    }

    @Override
    protected String title() {
        return heading;
    }
}
