package io.dcim.console.capacity;

import io.dcim.app.ForecastingServices;
import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.console.layout.SiteZones;
import io.dcim.console.layout.Times;
import io.dcim.forecasting.capacity.ScenarioComparison;
import io.dcim.forecasting.capacity.ScenarioFigures;
import io.dcim.forecasting.capacity.ScenarioSummary;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
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
import io.dcim.console.layout.PostAction;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Saved plans with their assumptions, and two of them side by side (?left=&right=): what each
 * costs, when it orders, when it pays back. Both are recomputed against today's data.
 */
public class ScenariosPage extends BasePage {

    @Inject
    private Services services;

    private static final int COMPARE_CHOICES = 200;

    public ScenariosPage(PageParameters parameters) {
        super(parameters);
        add(new FeedbackPanel("feedback", message -> message.getReporter() == null || message.getReporter() == this));
        PagedDataProvider<ScenarioSummary> rows = new PagedDataProvider<>(
                request -> forecasting().scenarios().page(null, request), 50, "name");
        add(new ListTable<>("scenarios", columns(), rows, 50));

        Model<Long> left = Model.of(parameters.get("left").toOptionalLong());
        Model<Long> right = Model.of(parameters.get("right").toOptionalLong());
        IModel<List<ScenarioSummary>> all = LoadableDetachableModel.of(() -> forecasting().scenarios()
                .page(null, PageRequest.first(COMPARE_CHOICES, "name")).items());
        Form<Void> compare = new Form<>("compare") {
            @Override
            protected void onSubmit() {
                setResponsePage(ScenariosPage.class, new PageParameters().set("left", left.getObject())
                        .set("right", right.getObject()));
            }
        };
        add(compare);
        LambdaChoiceRenderer<Long> names = new LambdaChoiceRenderer<>(id -> all.getObject().stream()
                .filter(s -> s.id() == id).map(s -> s.name() + " (" + s.siteName() + ", " + Units.title(s.resource(), this) + ")")
                .findFirst().orElse(""), choice -> String.valueOf(choice));
        IModel<List<Long>> ids = all.map(l -> l.stream().map(ScenarioSummary::id).toList());
        compare.add(new DropDownChoice<>("left", left, ids, names).setRequired(true));
        compare.add(new DropDownChoice<>("right", right, ids, names).setRequired(true));

        IModel<ScenarioComparison> comparison = LoadableDetachableModel.of(() -> comparison(left.getObject(), right.getObject()));
        WebMarkupContainer sideBySide = new WebMarkupContainer("comparison") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(comparison.getObject() != null);
            }
        };
        add(sideBySide);
        sideBySide.add(new Label("leftName", comparison.map(c -> c.left().name())));
        sideBySide.add(new Label("rightName", comparison.map(c -> c.right().name())));
        sideBySide.add(new ListView<>("figures", comparison.map(this::figureRows)) {
            @Override
            protected void populateItem(ListItem<FigureRow> item) {
                item.add(new Label("label", item.getModelObject().label()));
                item.add(new Label("left", item.getModelObject().left()));
                item.add(new Label("right", item.getModelObject().right()));
            }
        });
    }

    private ScenarioComparison comparison(Long left, Long right) {
        if (left == null || right == null) {
            return null;
        }
        try {
            return forecasting().scenarios().compare(left, right);
        } catch (DomainException e) {
            error(e.getMessage());
            return null;
        }
    }

    /** One line of the side-by-side table. */
    record FigureRow(String label, String left, String right) implements Serializable {
    }

    private List<FigureRow> figureRows(ScenarioComparison c) {
        List<FigureRow> rows = new ArrayList<>();
        row(rows, c, "siteAndResource", f -> new StringResourceModel("site", this).setParameters(String.valueOf(f.siteId()))
                .getString() + ", " + Units.title(f.resource(), this));
        row(rows, c, "headroom", f -> percent(f.assumptions().headroom()));
        row(rows, c, "pipeline", f -> getString("DemandView." + f.assumptions().pipeline().name()));
        row(rows, c, "growth", f -> percent(f.assumptions().growthFactor()));
        row(rows, c, "price", f -> Format.cny(f.assumptions().pricePerGpuHour()));
        row(rows, c, "sold", f -> percent(f.assumptions().utilization()));
        row(rows, c, "leadTime", f -> f.assumptions().leadTimeDays() == null ? getString("suppliers")
                : new StringResourceModel("days", this).setParameters(f.assumptions().leadTimeDays()).getString());
        row(rows, c, "runsOut", f -> f.exhaustion() == null ? getString("notWithinHorizon") : Times.date(f.exhaustion()));
        row(rows, c, "firstOrderBy", f -> Times.date(f.firstOrderBy()));
        row(rows, c, "servers", f -> Format.count(f.servers()));
        row(rows, c, "cabinets", f -> Format.count(f.cabinetsToLease()));
        row(rows, c, "capex", f -> Format.cny(f.capex()));
        row(rows, c, "depreciation", f -> Format.cny(f.monthlyDepreciation()));
        row(rows, c, "running", f -> Format.cny(f.monthlyLease().add(f.monthlyElectricity())));
        row(rows, c, "revenue", f -> Format.cny(f.monthlyRevenue()));
        row(rows, c, "margin", f -> Format.cny(f.monthlyMargin()));
        row(rows, c, "breakEven", f -> f.firstBreakEven() == null ? "—"
                : new StringResourceModel("month", this).setParameters(f.firstBreakEven()).getString());
        return rows;
    }

    private void row(List<FigureRow> rows, ScenarioComparison c, String key, Function<ScenarioFigures, String> value) {
        rows.add(new FigureRow(getString("figure." + key), value.apply(c.left()), value.apply(c.right())));
    }

    private String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private List<IColumn<ScenarioSummary, String>> columns() {
        List<IColumn<ScenarioSummary, String>> columns = new ArrayList<>();
        columns.add(new AbstractColumn<>(new ResourceModel("col.scenario"), "name") {
            @Override
            public void populateItem(Item<ICellPopulator<ScenarioSummary>> cell, String id, IModel<ScenarioSummary> row) {
                cell.add(new ActionsPanel(id, row.getObject()));
            }
        });
        columns.add(new LambdaColumn<>(new ResourceModel("col.site"), "site", ScenarioSummary::siteName));
        columns.add(new LambdaColumn<>(new ResourceModel("col.resource"), s -> Units.title(s.resource(), ScenariosPage.this)));
        columns.add(new LambdaColumn<>(new ResourceModel("col.savedBy"), ScenarioSummary::createdBy));
        columns.add(new LambdaColumn<>(new ResourceModel("col.lastChanged"), "updated", s -> s.updatedAt() == null ? ""
                : Times.minute(s.updatedAt(), SiteZones.current().fallback())));
        return columns;
    }

    private ForecastingServices forecasting() {
        return services.forecasting();
    }

    @Override
    protected String title() {
        return getString("title");
    }

    /** The scenario's name opening its plan, and removal for those who plan. */
    static final class ActionsPanel extends Panel {

        @Inject
        private Services services;

        ActionsPanel(String id, ScenarioSummary scenario) {
            super(id);
            long scenarioId = scenario.id();
            int version = scenario.version();
            BookmarkablePageLink<Void> open = new BookmarkablePageLink<>("open", CapacityResourcePage.class,
                    new PageParameters().set("scenario", scenarioId));
            open.add(new Label("name", scenario.name()));
            add(open);
            add(new PostAction("remove", new org.apache.wicket.model.ResourceModel("scenarios.remove")) {
                @Override
                protected void onPost() {
                    try {
                        services.forecasting().scenarioFacade().delete(DcimSession.get().caller(), scenarioId, version);
                        getSession().success(getString("removed"));
                    } catch (DomainException e) {
                        getSession().error(e.getMessage());
                    }
                    setResponsePage(ScenariosPage.class);
                }
            }.setVisible(CapacityResourcePage.canPlan()));
        }
    }
}
