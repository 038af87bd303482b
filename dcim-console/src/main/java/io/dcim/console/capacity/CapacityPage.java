package io.dcim.console.capacity;

import org.apache.wicket.model.StringResourceModel;
import io.dcim.app.ForecastingServices;
import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Times;
import io.dcim.forecasting.capacity.CapacityPlan;
import io.dcim.forecasting.history.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The page managers open before a purchase meeting: for each resource of a site, its use now,
 * the date it runs out at the headroom target, and what the plan says to order and by when.
 */
public class CapacityPage extends BasePage {

    @Inject
    private Services services;

    private final PlanChoice choice;

    public CapacityPage(PageParameters parameters) {
        super(parameters);
        add(new FeedbackPanel("feedback", message -> message.getReporter() == this));
        this.choice = PlanChoice.ofOrDefaults(parameters, this, services);
        add(new PlanChooser("chooser", choice, CapacityPage.class));
        IModel<List<ResourceOutlook>> rows = LoadableDetachableModel.of(() -> outlooks(choice));
        add(new ListView<>("resources", rows) {
            @Override
            protected void populateItem(ListItem<ResourceOutlook> item) {
                ResourceOutlook o = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("detail", CapacityResourcePage.class,
                        choice.with(o.resource()).parameters());
                link.add(new Label("name", Units.title(o.resource(), CapacityPage.this)));
                item.add(link);
                item.add(new Label("used", new StringResourceModel("used", CapacityPage.this)
                        .setParameters(Units.format(o.resource(), o.usedNow(), CapacityPage.this),
                                Units.format(o.resource(), o.capacityNow(), CapacityPage.this)).getString()));
                item.add(new Label("utilization", String.format(Locale.ROOT, "%.0f%%", o.utilization() * 100)));
                Label exhaustion = new Label("exhaustion", o.exhaustion() == null ? getString("notWithinHorizon")
                        : Times.date(o.exhaustion()));
                exhaustion.add(AttributeModifier.append("class", o.exhaustion() == null ? "ok"
                        : o.exhaustion().isBefore(LocalDate.now(ZoneOffset.UTC).plusMonths(6)) ? "crit" : "warn"));
                item.add(exhaustion);
                item.add(new Label("orderBy", o.firstOrderBy() == null ? "—"
                        : Times.date(o.firstOrderBy()) + (o.late() ? getString("lateOrderNow") : "")));
                item.add(new Label("buy", buy(o)));
                item.add(new Label("capex", o.capex().signum() == 0 ? "—" : Format.cny(o.capex())));
                item.add(new Label("method", MethodNames.of(o.method(), getLocale())));
            }
        });
        add(new BookmarkablePageLink<>("pipelineLink", PipelinePage.class));
        add(new BookmarkablePageLink<>("trainingLink", TrainingCalculatorPage.class));
        add(new BookmarkablePageLink<>("scenariosLink", ScenariosPage.class));
    }

    private String buy(ResourceOutlook o) {
        if (o.servers() == 0 && o.cabinetsToLease() == 0) {
            return getString("buy.nothing");
        }
        StringBuilder text = new StringBuilder();
        if (o.servers() > 0) {
            text.append(new StringResourceModel("buy.servers", this).setParameters(o.servers()).getString());
        }
        if (o.cabinetsToLease() > 0) {
            text.append(text.isEmpty() ? "" : getString("buy.separator"))
                    .append(new StringResourceModel("buy.cabinets", this).setParameters(o.cabinetsToLease()).getString());
        }
        return text.toString();
    }

    private List<ResourceOutlook> outlooks(PlanChoice choice) {
        ForecastingServices forecasting = services.forecasting();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try {
            return Arrays.stream(Resource.values()).map(resource -> {
                CapacityPlan plan = forecasting.planner().plan(choice.siteId(), resource, choice.assumptions(),
                        choice.methodChoice());
                return ResourceOutlook.of(plan, forecasting.history().series(choice.siteId(), resource, today.minusDays(7), today));
            }).toList();
        } catch (DomainException e) {
            error(e.getMessage());
            return List.of();
        }
    }


    @Override
    protected String title() {
        return getString("title");
    }
}
