package io.dcim.console.power;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.NotFoundException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.EditFeedback;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.SiteZones;
import io.dcim.console.layout.Times;
import io.dcim.power.remote.CollectorFacade;
import io.dcim.power.remote.CollectorHealth;
import io.dcim.power.remote.CollectorSpec;
import io.dcim.power.remote.CollectorView;
import io.dcim.power.remote.CreatedCollector;
import io.dcim.power.remote.TargetChoice;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Check;
import org.apache.wicket.markup.html.form.CheckGroup;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.util.ListModel;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Remote site collectors ({@code /collectors}, {@code ?id=} to edit one): each with its health (last contact, lag,
 * buffer, dropped batches, targets polled, version), and the form that adds, edits or removes one, or gives it a new
 * token. A token is shown once, on the page that made it: it is a transient field, gone when the page is stored,
 * so reloading the page does not show it again. For those who hold {@code power.configure}.
 */
@AuthorizeInstantiation("power.configure")
public class CollectorsPage extends BasePage {

    @Inject
    private Services services;

    private final Long collectorId;
    private int version;
    private final Model<String> name = Model.of();
    private final Model<Long> siteId = Model.of();
    private final Model<Boolean> wholeSite = Model.of(true);
    /** The targets ticked (when it does not poll the whole site); the list below the search always shows them. */
    private final ArrayList<Long> chosen = new ArrayList<>();
    private final Model<String> search = Model.of();
    /** Shown on the answer to the request that made it, never stored with the page. */
    private transient String newToken;

    public CollectorsPage(PageParameters parameters) {
        this(parameters, null);
    }

    private CollectorsPage(PageParameters parameters, String token) {
        super(parameters);
        this.newToken = token;
        this.collectorId = longParam(parameters, "id");
        if (collectorId != null) {
            fill();
        }
        add(new FeedbackPanel("feedback"));
        WebMarkupContainer tokenBox = new WebMarkupContainer("tokenBox") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(newToken != null);
            }
        };
        tokenBox.add(new Label("token", LoadableDetachableModel.of(() -> newToken)));
        add(tokenBox);
        add(new ListView<>("collector", LoadableDetachableModel.of(() -> collectors().list(DcimSession.get().caller()))) {
            @Override
            protected void populateItem(ListItem<CollectorView> item) {
                CollectorView c = item.getModelObject();
                BookmarkablePageLink<Void> edit = new BookmarkablePageLink<>("edit", CollectorsPage.class,
                        new PageParameters().set("id", c.id()));
                edit.add(new Label("name", c.name()));
                item.add(edit);
                item.add(new Label("site", c.siteName()));
                item.add(new Label("health", healthLabel(c.health())).add(
                        org.apache.wicket.AttributeModifier.append("class", healthClass(c.health()))));
                item.add(new Label("lastContact", when(c.lastContactAt(), c.siteId())));
                item.add(new Label("lag", lag(c.lag())));
                item.add(new Label("buffer", getString("bufferFigures", Model.ofMap(Map.of(
                        "batches", String.format(getLocale(), "%,d", c.bufferBatches()),
                        "kib", String.format(getLocale(), "%,d", (c.bufferBytes() + 1023) / 1024))))));
                item.add(new Label("dropped", String.format(getLocale(), "%,d", c.droppedBatches())));
                item.add(new Label("targets", getString(c.wholeSite() ? "targetsWhole" : "targetsChosen",
                        Model.ofMap(Map.of("count", String.valueOf(c.targets()))))));
                item.add(new Label("agentVersion", c.agentVersion() == null ? "—" : c.agentVersion()));
            }
        });
        add(collectorForm());
    }

    /** At most this many matches of a search are listed (the ticked ones come on top of them). */
    private static final int CHOICES = 50;

    private CollectorFacade collectors() {
        return services.power().collectorFacade();
    }

    private Form<Void> collectorForm() {
        Form<Void> form = new Form<>("form");
        form.add(new Label("formTitle", collectorId == null ? getString("newCollector")
                : getString("editCollector", Model.ofMap(Map.of("collector", String.valueOf(name.getObject()))))));
        FieldErrors fields = new FieldErrors(form);
        form.add(EditFeedback.panel("formFeedback", this, form));
        fields.add(form, "name", new TextField<>("name", name));
        // Names by id, not the entities: the renderer is kept with the page, which must serialize.
        java.util.LinkedHashMap<Long, String> sites = new java.util.LinkedHashMap<>();
        services.sites().sites().forEach(site -> sites.put(site.getId(), site.getName()));
        fields.add(form, "siteId", new DropDownChoice<>("site", siteId, new ArrayList<>(sites.keySet()),
                new LambdaChoiceRenderer<>(id -> sites.getOrDefault(id, String.valueOf(id)), id -> String.valueOf(id))));
        fields.add(form, "wholeSite", new CheckBox("wholeSite", wholeSite));
        form.add(new TextField<>("search", search));
        form.add(new Button("find")); // submits what is ticked and typed, then lists the matches of the search
        CheckGroup<Long> ticked = new CheckGroup<>("targetIds", new ListModel<>(chosen));
        fields.add(form, "targetIds", ticked);
        LoadableDetachableModel<CollectorFacade.TargetChoicePage> choices = LoadableDetachableModel.of(() ->
                siteId.getObject() == null ? new CollectorFacade.TargetChoicePage(List.of(), 0)
                        : collectors().targetChoices(DcimSession.get().caller(), siteId.getObject(), search.getObject(),
                        List.copyOf(chosen), CHOICES));
        ListView<TargetChoice> choiceRows = new ListView<>("choice", choices.map(CollectorFacade.TargetChoicePage::choices)) {
            @Override
            protected void populateItem(ListItem<TargetChoice> item) {
                TargetChoice t = item.getModelObject();
                item.add(new Check<>("pick", Model.of(t.id()), ticked));
                item.add(new Label("targetName", t.name()));
                item.add(new Label("protocol", t.protocol()));
                item.add(new Label("endpoint", t.endpoint()));
                item.add(new Label("cabinet", t.cabinetName() == null ? "—" : t.cabinetName()));
                item.add(new Label("elsewhere", getString("pollsElsewhere"))
                        .setVisible(t.collectorId() != null && !t.collectorId().equals(collectorId)));
            }
        };
        choiceRows.setReuseItems(true); // ticks survive a submit that is refused
        ticked.add(choiceRows);
        ticked.add(new Label("noChoice", getString("noChoice")) {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(choices.getObject().choices().isEmpty());
            }
        });
        ticked.add(new Label("more", LoadableDetachableModel.of(() -> getString("moreMatches", Model.ofMap(Map.of(
                "count", String.format(getLocale(), "%,d", choices.getObject().more())))))) {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(choices.getObject().more() > 0);
            }
        });
        form.add(new Button("save") {
            @Override
            public void onSubmit() {
                save(fields, ticked);
            }
        });
        form.add(new Button("newToken") {
            @Override
            public void onSubmit() {
                try {
                    CreatedCollector made = collectors().newToken(DcimSession.get().caller(), collectorId, version);
                    getSession().success(getString("tokenReplaced"));
                    setResponsePage(new CollectorsPage(new PageParameters(), made.token()));
                } catch (DomainException e) {
                    fields.report(e);
                }
            }
        }.setDefaultFormProcessing(false).setVisible(collectorId != null));
        form.add(new Button("delete") {
            @Override
            public void onSubmit() {
                try {
                    collectors().delete(DcimSession.get().caller(), collectorId, version);
                    getSession().success(getString("deleted"));
                    setResponsePage(CollectorsPage.class);
                } catch (DomainException e) {
                    fields.report(e);
                }
            }
        }.setDefaultFormProcessing(false).setVisible(collectorId != null));
        form.add(new BookmarkablePageLink<>("cancel", CollectorsPage.class).setVisible(collectorId != null));
        return form;
    }

    private void fill() {
        CollectorView read;
        try {
            read = collectors().find(DcimSession.get().caller(), collectorId);
        } catch (NotFoundException e) {
            throw new AbortWithHttpErrorCodeException(404, e.getMessage());
        }
        version = read.version();
        name.setObject(read.name());
        siteId.setObject(read.siteId());
        wholeSite.setObject(read.wholeSite());
        chosen.addAll(read.chosenTargetIds());
    }

    private void save(FieldErrors fields, CheckGroup<Long> ticked) {
        try {
            boolean whole = Boolean.TRUE.equals(wholeSite.getObject());
            CollectorSpec spec = new CollectorSpec(name.getObject(), siteId.getObject(), whole,
                    whole ? List.of() : List.copyOf(chosen));
            if (collectorId == null) {
                CreatedCollector made = collectors().create(DcimSession.get().caller(), spec);
                getSession().success(getString("created"));
                setResponsePage(new CollectorsPage(new PageParameters(), made.token()));
            } else {
                collectors().edit(DcimSession.get().caller(), collectorId, version, spec);
                getSession().success(getString("saved"));
                setResponsePage(CollectorsPage.class);
            }
        } catch (DomainException e) {
            if (e.field() != null && e.field().startsWith("targetIds[")) {
                ticked.error(FieldErrors.sentence(e)); // one of those ticked (targetIds[i]): beside the list
            } else {
                fields.report(e);
            }
        }
    }

    private String healthLabel(CollectorHealth health) {
        return switch (health) {
            case NEVER_SEEN -> getString("health.neverSeen");
            case OK -> getString("health.ok");
            case CATCHING_UP -> getString("health.catchingUp");
            case SILENT -> getString("health.silent");
        };
    }

    private static String healthClass(CollectorHealth health) {
        return switch (health) {
            case OK -> "ok";
            case CATCHING_UP -> "warning";
            case SILENT, NEVER_SEEN -> "critical";
        };
    }

    private String when(Instant at, long site) {
        return at == null ? "—" : Times.second(at, SiteZones.current().of(site));
    }

    private String lag(Duration lag) {
        if (lag == null) {
            return "—";
        }
        long s = Math.max(0, lag.toSeconds());
        return s < 120 ? getString("lagSeconds", Model.ofMap(Map.of("s", String.valueOf(s))))
                : getString("lagMinutes", Model.ofMap(Map.of("m", String.valueOf(s / 60))));
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
