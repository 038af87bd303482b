package io.dcim.console.usage;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.chart.ChartPanel;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FilterForm;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.IsoDateField;
import io.dcim.console.layout.Times;
import io.dcim.console.layout.UrlParams;
import io.dcim.forecasting.history.GpuClass;
import io.dcim.forecasting.usage.UsageGrouping;
import io.dcim.forecasting.usage.UtilizationTotal;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.tenant.Tenant;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A site's utilization as billed: card-hours used (Slurm jobs and whole-server rentals) over card-hours available
 * (in-service cards × hours), with the allocated share beside it, charted month by month and listed by day,
 * month, GPU class or tenant. Days are the site's; the range includes both ends.
 */
@AuthorizeInstantiation("usage.view")
public class UtilizationPage extends BasePage {

    @Inject
    private Services services;

    static final int CHART_WIDTH = 960;
    static final int CHART_HEIGHT = 360;
    private static final List<UsageGrouping> GROUPINGS = List.of(UsageGrouping.MONTH, UsageGrouping.DAY,
            UsageGrouping.GPU_CLASS, UsageGrouping.TENANT);

    public UtilizationPage(PageParameters parameters) {
        super(parameters);
        add(new FeedbackPanel("feedback"));
        List<Site> siteList = services.sites().sites();
        Long site = UrlParams.longParam(parameters, "site");
        Long siteId = site != null ? site : siteList.isEmpty() ? null : siteList.get(0).getId();
        java.time.ZoneId zone = siteList.stream().filter(s -> s.getId().equals(siteId)).map(Site::getZone).findFirst()
                .orElse(java.time.ZoneOffset.UTC);
        LocalDate to = orElse(UrlParams.dateParam(parameters, "to"), LocalDate.now(zone));
        LocalDate from = orElse(UrlParams.dateParam(parameters, "from"), YearMonth.from(to).minusMonths(11).atDay(1));
        UsageGrouping groupBy = orElse(UrlParams.enumParam(parameters, "groupBy", UsageGrouping.class), UsageGrouping.MONTH);

        FilterForm filters = new FilterForm("filters", UtilizationPage.class);
        IModel<List<Site>> sites = LoadableDetachableModel.of(() -> services.sites().sites());
        filters.choose(FilterForm.idChoice("site", Model.of(siteId), sites, entity -> entity.getId(), s -> s.getName()));
        filters.choose(new IsoDateField("from", Model.of(from)));
        filters.choose(new IsoDateField("to", Model.of(to)));
        filters.choose(new DropDownChoice<>("groupBy", Model.of(groupBy), GROUPINGS,
                new LambdaChoiceRenderer<>(g -> groupName(g), g -> g.name())));
        add(filters);

        IModel<List<UtilizationTotal>> rows = LoadableDetachableModel.of(() -> read(siteId, from, to, groupBy));
        add(new ChartPanel("chart", () -> UsageChart.of(read(siteId, from, to, UsageGrouping.MONTH), getLocale()),
                CHART_WIDTH, CHART_HEIGHT, "utilization-" + siteId) {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(siteId != null);
            }
        });
        add(new Label("keyHead", groupName(groupBy)));
        add(new ListView<>("rows", rows) {
            @Override
            protected void populateItem(ListItem<UtilizationTotal> item) {
                UtilizationTotal t = item.getModelObject();
                item.add(new Label("key", name(t.key(), groupBy)));
                item.add(new Label("used", hours(t.cardHoursUsed())));
                item.add(new Label("cores", hours(t.coreHoursUsed())));
                item.add(new Label("available", hours(t.cardHoursAvailable())));
                item.add(new Label("utilization", percent(t.utilization())));
                item.add(new Label("allocated", t.allocatedShare() == null ? "" : percent(t.allocatedShare())));
            }
        });
    }

    private String groupName(UsageGrouping grouping) {
        String key = "groupBy." + grouping.name();
        return getString(key);
    }

    private List<UtilizationTotal> read(Long siteId, LocalDate from, LocalDate to, UsageGrouping groupBy) {
        if (siteId == null) {
            return List.of();
        }
        try {
            return services.usage().facade().utilization(DcimSession.get().caller(), siteId, from, to.plusDays(1), groupBy);
        } catch (DomainException e) {
            error(e.getMessage());
            return List.of();
        }
    }

    private String name(String key, UsageGrouping groupBy) {
        if (groupBy == UsageGrouping.GPU_CLASS) {
            return Arrays.stream(GpuClass.values()).filter(c -> c.name().equals(key)).map(GpuClass::label).findFirst()
                    .orElse(key);
        }
        if (groupBy == UsageGrouping.TENANT) {
            return services.tenants().tenants().stream().filter(t -> String.valueOf(t.getId()).equals(key))
                    .map(Tenant::getName).findFirst().orElse(key);
        }
        if (groupBy == UsageGrouping.DAY) {
            return Times.date(LocalDate.parse(key));
        }
        if (groupBy == UsageGrouping.MONTH) {
            return Times.month(java.time.YearMonth.parse(key));
        }
        return key;
    }

    private static String hours(BigDecimal hours) {
        return Format.count(hours.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    private static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
