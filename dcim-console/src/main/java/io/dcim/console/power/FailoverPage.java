package io.dcim.console.power;

import static io.dcim.console.layout.UrlParams.longParam;

import io.dcim.app.Services;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Labels;
import io.dcim.console.layout.Found;
import io.dcim.console.layout.SiteChoice;
import io.dcim.console.layout.SiteLinks;
import io.dcim.power.chain.ChainElement;
import io.dcim.power.chain.ChainFacade;
import io.dcim.power.chain.ChainSnapshot;
import io.dcim.power.chain.ElementKind;
import io.dcim.power.chain.FailoverResult;
import io.dcim.power.chain.FailoverResult.CabinetRef;
import io.dcim.power.chain.FailoverResult.LostDevice;
import io.dcim.power.chain.FailoverResult.Overload;
import io.dcim.power.chain.SinglePoint;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * "If this fails" ({@code /failover?site=&kind=&id=}): choose a source or panel of the site (or a feed from the
 * single points of failure below), and see the circuits then over their derated rating and by how much, the
 * devices that lose power and the cabinets that lose redundancy. Below, every source, panel and feed whose
 * failure drops devices or trips a surviving breaker, from one load of the chain.
 */
public class FailoverPage extends BasePage {

    @Inject
    private Services services;

    private final Long siteId;
    private final IModel<FailoverResult> result;
    private final IModel<List<SinglePoint>> singlePoints;

    public FailoverPage(PageParameters parameters) {
        super(parameters);
        IModel<List<SiteChoice>> sites = LoadableDetachableModel.of(() -> services.sites().sites().stream()
                .map(SiteChoice::of).toList());
        this.siteId = SiteChoice.askedOrFirst(longParam(parameters, "site"), sites.getObject());
        ElementKind kind = kind(parameters.get("kind").toOptionalString());
        Long elementId = longParam(parameters, "id");
        boolean running = chain().isPresent() && siteId != null;
        add(new Label("notRunning", new ResourceModel("power.notRunning")).setVisible(chain().isEmpty()));
        add(new Label("noSite", new ResourceModel("failover.noSite")).setVisible(siteId == null));
        add(new SiteLinks("sites", sites, siteId, FailoverPage.class, new PageParameters()));
        this.result = LoadableDetachableModel.of(() -> kind == null || elementId == null || !running ? null
                : Found.or404(() -> chain().orElseThrow().failover(DcimSession.get().caller(), siteId, kind, elementId)));
        this.singlePoints = LoadableDetachableModel.of(() -> !running ? List.<SinglePoint>of()
                : Found.or404(() -> chain().orElseThrow().singlePointsOfFailure(DcimSession.get().caller(), siteId))
                .stream().filter(SinglePoint::singlePoint).toList());
        singlePoints.getObject(); // an unknown site or element answers 404 now, not halfway through rendering
        result.getObject();
        add(chooser(running, kind, elementId));
        add(answer());
        add(singlePointList(running));
    }

    private Form<Void> chooser(boolean running, ElementKind kind, Long elementId) {
        IModel<List<ChainElement>> choices = LoadableDetachableModel.of(() -> !running ? List.of() : elements());
        ChainElement chosen = choices.getObject().stream()
                .filter(e -> e.kind() == kind && elementId != null && e.id() == elementId).findFirst().orElse(null);
        IModel<ChainElement> choice = Model.of(chosen);
        Form<Void> form = new Form<>("chooser") {
            @Override
            protected void onSubmit() {
                ChainElement e = choice.getObject();
                if (e != null) {
                    setResponsePage(FailoverPage.class, of(e));
                }
            }
        };
        form.add(new DropDownChoice<>("element", choice, choices, new ChoiceRenderer<>() {
            @Override
            public Object getDisplayValue(ChainElement e) {
                return Labels.of(e.kind()) + " " + e.name();
            }

            @Override
            public String getIdValue(ChainElement e, int index) {
                return e.kind() + "-" + e.id();
            }
        }).setRequired(true));
        form.setVisible(running);
        return form;
    }

    /** The site's sources and panels (feeds are many: they are chosen from the list of single points). */
    private List<ChainElement> elements() {
        ChainSnapshot chain = chain().orElseThrow().chain(DcimSession.get().caller(), siteId);
        List<ChainElement> out = new ArrayList<>();
        chain.sources().forEach(s -> out.add(new ChainElement(ElementKind.SOURCE, s.id(), s.name())));
        chain.panels().forEach(p -> out.add(new ChainElement(ElementKind.PANEL, p.id(), p.name())));
        return out;
    }

    private WebMarkupContainer answer() {
        WebMarkupContainer answer = new WebMarkupContainer("answer") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(result.getObject() != null);
            }
        };
        answer.add(new Label("heading", () -> result.getObject() == null ? "" : new StringResourceModel(
                "failover.heading", this).setParameters(Labels.of(result.getObject().failed().kind()),
                result.getObject().failed().name(), result.getObject().failedFeeds()).getString()));
        IModel<List<Overload>> overloads = result.map(FailoverResult::overloaded);
        answer.add(new Label("noOverload", new ResourceModel("failover.noOverload"))
                .add(visibleWhenEmpty(overloads)));
        answer.add(tableOf("overloadTable", overloads, new ListView<>("overloads", overloads) {
            @Override
            protected void populateItem(ListItem<Overload> item) {
                Overload o = item.getModelObject();
                item.add(new Label("cabinet", o.cabinetName()));
                item.add(new Label("feed", o.feedName()));
                item.add(new Label("derated", Format.amps(o.deratedA())));
                item.add(new Label("before", Format.amps(o.beforeA()) + " · " + Format.kw(o.beforeW())));
                item.add(new Label("after", Format.amps(o.afterA()) + " · " + Format.kw(o.afterW())));
                item.add(new Label("over", Format.amps(o.overA()) + " (" + Format.oneDecimal(o.pctOfDerated()) + " %)"));
            }
        }));
        IModel<List<LostDevice>> lost = result.map(FailoverResult::lostPower);
        answer.add(new Label("noLoss", new ResourceModel("failover.noLoss")).add(visibleWhenEmpty(lost)));
        answer.add(new ListView<>("lost", lost) {
            @Override
            protected void populateItem(ListItem<LostDevice> item) {
                LostDevice d = item.getModelObject();
                item.add(new Label("device", d.cabinetName() + " · " + d.deviceName() + " — " + Labels.of(d.reason())));
            }
        });
        IModel<List<CabinetRef>> cabinets = result.map(FailoverResult::lostRedundancy);
        answer.add(new Label("noRedundancyLoss", new ResourceModel("failover.noRedundancyLoss"))
                .add(visibleWhenEmpty(cabinets)));
        answer.add(new Label("redundancy", cabinets.map(list -> String.join(", ",
                list.stream().map(CabinetRef::name).toList()))).add(visibleWhenNotEmpty(cabinets)));
        return answer;
    }

    private WebMarkupContainer singlePointList(boolean running) {
        WebMarkupContainer list = new WebMarkupContainer("singlePoints");
        list.setVisible(running);
        list.add(new Label("none", new ResourceModel("failover.noSinglePoint")).add(visibleWhenEmpty(singlePoints)));
        list.add(tableOf("table", singlePoints, new ListView<>("points", singlePoints) {
            @Override
            protected void populateItem(ListItem<SinglePoint> item) {
                SinglePoint p = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("element", FailoverPage.class,
                        of(p.element()));
                link.setBody(Model.of(Labels.of(p.element().kind()) + " " + p.element().name()));
                item.add(link);
                item.add(new Label("overloaded", Format.count(p.overloadedCircuits())));
                item.add(new Label("worst", p.worstPctOfDerated() == null ? "—" : Format.oneDecimal(p.worstPctOfDerated()) + " %"));
                item.add(new Label("devices", Format.count(p.devicesLosingPower())));
                item.add(new Label("cabinets", Format.count(p.cabinetsLosingRedundancy())));
            }
        }));
        return list;
    }

    private PageParameters of(ChainElement e) {
        return new PageParameters().set("site", siteId).set("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT))
                .set("id", e.id());
    }

    private static ElementKind kind(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ElementKind.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AbortWithHttpErrorCodeException(404, "no such kind of element: " + value);
        }
    }

    private Optional<ChainFacade> chain() {
        return services.powerIfRunning().map(p -> p.chainFacade());
    }

    /** A table of {@code rows}, shown only when there are some (beside it, a message says when there are none). */
    private static <T> WebMarkupContainer tableOf(String id, IModel<List<T>> rows, ListView<T> view) {
        WebMarkupContainer table = new WebMarkupContainer(id);
        table.add(visibleWhenNotEmpty(rows));
        table.add(view);
        return table;
    }

    /** Shows the component only while {@code list} is empty. */
    private static org.apache.wicket.behavior.Behavior visibleWhenEmpty(IModel<? extends List<?>> list) {
        return visibility(list, true);
    }

    private static org.apache.wicket.behavior.Behavior visibleWhenNotEmpty(IModel<? extends List<?>> list) {
        return visibility(list, false);
    }

    private static org.apache.wicket.behavior.Behavior visibility(IModel<? extends List<?>> list, boolean whenEmpty) {
        return new org.apache.wicket.behavior.Behavior() {
            @Override
            public void onConfigure(org.apache.wicket.Component component) {
                List<?> items = list.getObject();
                boolean empty = items == null || items.isEmpty();
                component.setVisible(empty == whenEmpty);
            }
        };
    }

    @Override
    protected String title() {
        return getString("title");
    }

    @Override
    protected void onDetach() {
        result.detach();
        singlePoints.detach();
        super.onDetach();
    }
}
