package io.dcim.console.capacity;

import org.apache.wicket.model.StringResourceModel;
import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.chart.ChartPanel;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Times;
import io.dcim.forecasting.ForecastResult;
import io.dcim.forecasting.capacity.CapacityMonth;
import io.dcim.forecasting.capacity.CapacityPlan;
import io.dcim.forecasting.capacity.Costs;
import io.dcim.forecasting.capacity.Recommendation;
import io.dcim.forecasting.history.Resource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import io.dcim.console.layout.PostAction;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * One resource of a site in full: the chart of use, forecast demand and capacity, what to buy
 * and when with its costs and revenue, how the forecasting methods compared, and the months.
 */
public class CapacityResourcePage extends BasePage {

    @Inject
    private Services services;

    static final int CHART_WIDTH = 960;
    static final int CHART_HEIGHT = 420;

    private final PlanChoice choice;

    public CapacityResourcePage(PageParameters parameters) {
        super(parameters);
        add(new FeedbackPanel("feedback", message -> message.getReporter() == null || message.getReporter() == this));
        this.choice = PlanChoice.ofOrDefaults(parameters, this, services);
        PlanChoice chosen = choice;
        add(new PlanChooser("chooser", choice, CapacityResourcePage.class));
        IModel<CapacityPlan> plan = LoadableDetachableModel.of(() -> charts().plan(chosen));
        add(new Label("exhaustion", plan.map(p -> p.exhaustion() == null
                ? new StringResourceModel("withinCapacity", this).setParameters(p.months().size()).getString()
                : new StringResourceModel("runsOut", this).setParameters(
                        p.exhaustion().getMonth().getDisplayName(java.time.format.TextStyle.FULL, getLocale()),
                        String.valueOf(p.exhaustion().getYear()), Times.date(p.exhaustion()),
                        Math.round(chosen.assumptions().headroom() * 100)).getString())));
        add(new ListView<>("notes", plan.map(p -> p.notes(getLocale()))) {
            @Override
            protected void populateItem(ListItem<String> item) {
                item.add(new Label("note", item.getModel()));
            }
        });
        add(new ChartPanel("forecastChart", () -> charts().forecast(chosen), CHART_WIDTH, CHART_HEIGHT,
                "capacity-" + chosen.resource().id()));
        add(recommendations(plan));
        add(new ChartPanel("costChart", () -> charts().costs(chosen), CHART_WIDTH, 320,
                "capacity-costs-" + chosen.resource().id()) {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!plan.getObject().recommendations().isEmpty());
            }
        });
        IModel<ForecastResult> comparison = LoadableDetachableModel.of(() -> charts().methodComparison(chosen));
        add(new ChartPanel("backtestChart", () -> charts().backtests(chosen), CHART_WIDTH, 300,
                "backtests-" + chosen.resource().id()) {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(comparison.getObject() != null && !comparison.getObject().backtests().isEmpty());
            }
        });
        add(months(plan));
        add(saveForm());
    }

    private WebMarkupContainer recommendations(IModel<CapacityPlan> plan) {
        WebMarkupContainer section = new WebMarkupContainer("recommendations") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!plan.getObject().recommendations().isEmpty());
            }
        };
        section.add(new ListView<>("rows", plan.map(CapacityPlan::recommendations)) {
            @Override
            protected void populateItem(ListItem<Recommendation> item) {
                Recommendation r = item.getModelObject();
                Costs c = r.costs();
                item.add(new Label("what", r.kind() == Recommendation.Kind.SERVERS
                        ? r.servers() + " × " + r.deviceModelName() : getString("cabinetsOnly")));
                item.add(new Label("needDate", Times.date(r.needDate())));
                Label orderBy = new Label("orderBy", r.orderBy() + (r.late() ? getString("lateOrderNow") : ""));
                orderBy.add(org.apache.wicket.AttributeModifier.append("class", r.late() ? "crit" : "ok"));
                item.add(orderBy);
                item.add(new Label("leadTime", new StringResourceModel("days", CapacityResourcePage.this)
                        .setParameters(r.leadTimeDays()).getString()));
                item.add(new Label("added", Units.format(choice.resource(), r.added(), CapacityResourcePage.this)));
                item.add(new Label("cabinets", new StringResourceModel("cabinets", CapacityResourcePage.this)
                        .setParameters(r.cabinetsFromFree(), r.cabinetsToLease()).getString()));
                item.add(new Label("capex", Format.cny(c.capex())));
                item.add(new Label("depreciation", Format.cny(c.monthlyDepreciation())));
                item.add(new Label("running", Format.cny(c.monthlyLease().add(c.monthlyElectricity()))));
                item.add(new Label("revenue", Format.cny(c.monthlyRevenue())));
                item.add(new Label("breakEven", c.breakEvenMonth() == null ? getString("never")
                        : new StringResourceModel("months", CapacityResourcePage.this).setParameters(c.breakEvenMonth()).getString()));
                item.add(draftLink(item.getIndex(), r.kind() == Recommendation.Kind.SERVERS));
            }
        });
        return section;
    }

    /** Turns the recommendation into a draft purchase request, recomputed from the plan as it stands now. */
    private PostAction draftLink(int index, boolean servers) {
        PlanChoice chosen = choice;
        PostAction link = new PostAction("draft", new org.apache.wicket.model.ResourceModel("resource.draftPurchaseRequest")) {
            @Override
            protected void onPost() {
                try {
                    Recommendation r = charts().plan(chosen).recommendations().get(index);
                    long id = services.forecasting().drafts()
                            .draftFor(r, DcimSession.get().principal().username()).getId();
                    getSession().success(getString("drafted"));
                    setResponsePage(io.dcim.console.purchase.PurchaseRequestPage.class, new PageParameters().set("id", id));
                } catch (DomainException | IndexOutOfBoundsException e) {
                    CapacityResourcePage.this.error(getString("planChanged") + " " + e.getMessage());
                }
            }
        };
        link.setVisible(servers && canPlan());
        return link;
    }

    private Form<Void> saveForm() {
        Model<String> name = Model.of("");
        PlanChoice chosen = choice;
        Form<Void> form = new Form<>("saveScenario") {
            @Override
            protected void onSubmit() {
                try {
                    services.forecasting().scenarioFacade().save(DcimSession.get().caller(),
                            name.getObject(), chosen.siteId(), chosen.resource(), chosen.assumptions());
                    getSession().success(new StringResourceModel("scenarioSaved", CapacityResourcePage.this)
                            .setParameters(name.getObject()).getString());
                    setResponsePage(ScenariosPage.class);
                } catch (DomainException e) {
                    error(e.getMessage());
                }
            }
        };
        form.add(new TextField<>("name", name).setRequired(true));
        form.add(new FeedbackPanel("feedback", message -> message.getReporter() != null
                && form.contains(message.getReporter(), true) || message.getReporter() == form));
        form.setVisible(canPlan());
        return form;
    }

    static boolean canPlan() {
        return DcimSession.get().may(Permission.CAPACITY_PLAN);
    }

    private ListView<CapacityMonth> months(IModel<CapacityPlan> plan) {
        return new ListView<>("months", plan.map(CapacityPlan::months)) {
            @Override
            protected void populateItem(ListItem<CapacityMonth> item) {
                CapacityMonth m = item.getModelObject();
                Resource resource = choice.resource();
                item.add(new Label("month", Times.month(m.month())));
                item.add(new Label("installed", Units.format(resource, m.installed(), CapacityResourcePage.this)));
                item.add(new Label("onOrder", Units.format(resource, m.onOrder(), CapacityResourcePage.this)));
                item.add(new Label("outsourced", Units.format(resource, m.outsourced(), CapacityResourcePage.this)));
                item.add(new Label("retired", Units.format(resource, m.retired(), CapacityResourcePage.this)));
                item.add(new Label("usable", Units.format(resource, m.usable(), CapacityResourcePage.this)));
                item.add(new Label("demand", Units.format(resource, m.demand(), CapacityResourcePage.this)));
                Label shortfall = new Label("shortfall", m.shortfall() > 0 ? Units.format(resource, m.shortfall(), CapacityResourcePage.this) : "—");
                shortfall.add(org.apache.wicket.AttributeModifier.append("class", m.shortfall() > 0 ? "crit" : "ok"));
                item.add(shortfall);
            }
        };
    }

    @Override
    protected List<Crumb> crumbs() {
        return List.of(Crumb.to(getString("crumb.plan"), CapacityPage.class, choice.parameters().remove("resource")),
                Crumb.here(Units.title(choice.resource(), this)));
    }

    @Override
    protected String title() {
        return new StringResourceModel("title", this).setParameters(Units.title(choice.resource(), this)).getString();
    }

    private ResourceCharts charts() {
        return new ResourceCharts(services.forecasting(), this);
    }
}
