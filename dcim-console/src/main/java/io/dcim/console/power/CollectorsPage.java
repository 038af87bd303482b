package io.dcim.console.power;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.DefinitionsPage;
import io.dcim.console.layout.Destination;
import io.dcim.console.layout.SiteDropDown;
import io.dcim.console.layout.Texts;
import io.dcim.power.remote.CollectorFacade;
import io.dcim.power.remote.CollectorSpec;
import io.dcim.power.remote.CollectorView;
import io.dcim.power.remote.TargetChoice;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Check;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.CheckGroup;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.util.ListModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Remote site collectors ({@code /collectors}, {@code ?id=} to edit one): each with its health ({@link CollectorRows}),
 * and the form that adds, edits or removes one, or gives it a new token. A token is shown once, on the page that made
 * it: it is a transient field, gone when the page is stored, so reloading the page does not show it again. For those
 * who hold {@code power.configure}.
 */
@AuthorizeInstantiation("power.configure")
public class CollectorsPage extends DefinitionsPage {

    /** At most this many matches of a search are listed (the ticked ones come on top of them). */
    private static final int CHOICES = 50;

    @Inject
    private Services services;

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
        if (chosenId() != null) {
            fill(found(() -> collectors().find(caller(), chosenId())));
        }
        WebMarkupContainer tokenBox = new WebMarkupContainer("tokenBox") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(newToken != null);
            }
        };
        tokenBox.add(new Label("token", LoadableDetachableModel.of(() -> newToken)));
        list().add(tokenBox);
        list().add(new CollectorRows("collector", LoadableDetachableModel.of(() -> collectors().list(caller()))));
        field("name", new TextField<>("name", name));
        field("siteId", SiteDropDown.of("site", siteId, services.sites().sites()));
        field("wholeSite", new CheckBox("wholeSite", wholeSite));
        inForm(new TextField<>("search", search));
        inForm(new Button("find")); // submits what is ticked and typed, then lists the matches of the search
        targetPicker();
        moreButtons().add(new Button("newToken") {
            @Override
            public void onSubmit() {
                replaceToken();
            }
        }.setDefaultFormProcessing(false).setVisible(!isNew()));
    }

    private CollectorFacade collectors() {
        return services.power().collectorFacade();
    }

    private static Caller caller() {
        return DcimSession.get().caller();
    }

    /**
     * The site's targets matching the search, those ticked on top, each with a tick box. A refusal naming one of
     * them ({@code targetIds[i]}) is shown beside the list.
     */
    private void targetPicker() {
        CheckGroup<Long> ticked = field("targetIds", new CheckGroup<>("targetIds", new ListModel<>(chosen)));
        IModel<CollectorFacade.TargetChoicePage> choices = LoadableDetachableModel.of(() ->
                siteId.getObject() == null ? new CollectorFacade.TargetChoicePage(List.of(), 0)
                        : collectors().targetChoices(caller(), siteId.getObject(), search.getObject(),
                        List.copyOf(chosen), CHOICES));
        ListView<TargetChoice> rows = new ListView<>("choice", choices.map(CollectorFacade.TargetChoicePage::choices)) {
            @Override
            protected void populateItem(ListItem<TargetChoice> item) {
                TargetChoice t = item.getModelObject();
                item.add(new Check<>("pick", Model.of(t.id()), ticked));
                item.add(new Label("targetName", t.name()));
                item.add(new Label("protocol", t.protocol()));
                item.add(new Label("endpoint", t.endpoint()));
                item.add(new Label("cabinet", t.cabinetName() == null ? "—" : t.cabinetName()));
                item.add(new Label("elsewhere", getString("pollsElsewhere"))
                        .setVisible(t.collectorId() != null && !t.collectorId().equals(chosenId())));
            }
        };
        rows.setReuseItems(true); // ticks survive a submit that is refused
        ticked.add(rows);
        ticked.add(new Label("noChoice", getString("noChoice")) {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(choices.getObject().choices().isEmpty());
            }
        });
        ticked.add(new Label("more", choices.map(page -> Texts.of(this, "moreMatches",
                "count", String.format(getLocale(), "%,d", page.more())))) {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(choices.getObject().more() > 0);
            }
        });
    }

    private void fill(CollectorView read) {
        versionRead(read.version());
        name.setObject(read.name());
        siteId.setObject(read.siteId());
        wholeSite.setObject(read.wholeSite());
        chosen.addAll(read.chosenTargetIds());
    }

    private CollectorSpec spec() {
        boolean whole = Boolean.TRUE.equals(wholeSite.getObject());
        return new CollectorSpec(name.getObject(), siteId.getObject(), whole, whole ? List.of() : List.copyOf(chosen));
    }

    /** A create answers with a page of its own, which shows the token the collector was given this once. */
    @Override
    protected void createThenLeave() {
        showToken(collectors().create(caller(), spec()).token(), "created");
    }

    private void replaceToken() {
        try {
            showToken(collectors().newToken(caller(), chosenId(), versionRead()).token(), "tokenReplaced");
        } catch (DomainException e) {
            fieldErrors().report(e);
        }
    }

    /** The list, the form empty, and the token above them; the page instance is the one place it is kept. */
    private void showToken(String token, String said) {
        getSession().success(getString(said));
        setResponsePage(new CollectorsPage(new PageParameters(), token));
    }

    @Override
    protected int edit(int versionRead) {
        return collectors().edit(caller(), chosenId(), versionRead, spec()).version();
    }

    @Override
    protected Destination delete(int versionRead) {
        collectors().delete(caller(), chosenId(), versionRead);
        return Destination.to(CollectorsPage.class);
    }

    @Override
    protected String formTitle() {
        return isNew() ? getString("newCollector") : Texts.of(this, "editCollector", "collector", String.valueOf(name.getObject()));
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
