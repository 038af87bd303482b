package io.dcim.console.economics;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.DecimalField;
import io.dcim.console.layout.FilterForm;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Times;
import io.dcim.console.layout.UrlParams;
import io.dcim.console.wiring.Attachment;
import io.dcim.forecasting.economics.BreakEven;
import io.dcim.forecasting.economics.EconomicsGrouping;
import io.dcim.forecasting.economics.EconomicsReport;
import io.dcim.forecasting.economics.EconomicsRow;
import io.dcim.forecasting.economics.EconomicsWorkbook;
import io.dcim.forecasting.economics.WhatIf;
import io.dcim.forecasting.history.GpuClass;
import io.dcim.inventory.site.Site;
import io.dcim.procurement.asset.AssetClass;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.image.NonCachingImage;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.DynamicImageResource;

/**
 * A site's unit economics ({@code /economics?site=&from=&to=&groupBy=}): revenue, each cost line, gross margin,
 * utilization and cost per card-hour by month, GPU class or tenant, break-even per class, the margin and cost
 * charts month by month, the XLSX for finance, and a what-if (another life, price or utilization) that changes
 * nothing but the figures shown.
 */
@AuthorizeInstantiation("finance.view")
public class EconomicsPage extends BasePage {

    private static final int CHART_WIDTH = 900;
    private static final int CHART_HEIGHT = 300;

    @Inject
    private Services services;

    private final Long siteId;
    private final YearMonth from;
    private final YearMonth to;
    private final EconomicsGrouping groupBy;
    private final WhatIfParameters whatIf;

    public EconomicsPage(PageParameters parameters) {
        super(parameters);
        add(new FeedbackPanel("feedback", message -> message.getReporter() == this));
        Long chosen = UrlParams.longParam(parameters, "site");
        List<Site> sites = services.sites().sites();
        this.siteId = chosen != null ? chosen : sites.isEmpty() ? null : sites.get(0).getId();
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        this.to = month(parameters, "to", now);
        this.from = month(parameters, "from", to.minusMonths(11));
        this.groupBy = UrlParams.enumParam(parameters, "groupBy", EconomicsGrouping.class) == null ? EconomicsGrouping.MONTH
                : UrlParams.enumParam(parameters, "groupBy", EconomicsGrouping.class);
        this.whatIf = WhatIfParameters.of(parameters);
        add(filters(sites));

        IModel<EconomicsReport> report = LoadableDetachableModel.of(() -> report(groupBy));
        IModel<EconomicsReport> months = LoadableDetachableModel.of(() -> groupBy == EconomicsGrouping.MONTH
                ? report.getObject() : report(EconomicsGrouping.MONTH));
        add(new Label("whatIfNote", getString("whatIfApplied")).setVisible(whatIf.any()));
        add(rows("rows", report.map(r -> r == null ? List.<EconomicsRow>of() : r.rows())));
        add(rows("total", report.map(r -> r == null ? List.<EconomicsRow>of() : List.of(r.total()))));
        add(new ListView<>("breakEven", report.map(r -> r == null ? List.<BreakEven>of() : r.breakEven())) {
            @Override
            protected void populateItem(ListItem<BreakEven> item) {
                BreakEven b = item.getModelObject();
                item.add(new Label("gpuClass", io.dcim.console.power.EnumWords.word("forecasting", b.gpuClass(), getLocale())));
                item.add(new Label("costs", Format.cny(b.costs())));
                item.add(new Label("available", hours(b.cardHoursAvailable())));
                item.add(new Label("perHour", Format.cny(b.revenuePerCardHour())));
                item.add(new Label("utilization", percent(b.utilization())));
                item.add(new Label("breakEven", percent(b.breakEvenUtilization())));
            }
        });
        add(chart("marginChart", months, true));
        add(chart("costChart", months, false));
        // A download: a GET may follow it.
        add(new io.dcim.console.layout.NavigationLink<Void>("xlsx") {
            @Override
            public void onClick() {
                EconomicsReport r = report.getObject();
                if (r != null) {
                    download(r);
                }
            }
        });
    }

    private FilterForm filters(List<Site> sites) {
        FilterForm form = new FilterForm("filters", EconomicsPage.class);
        form.choose(FilterForm.idChoice("site", Model.of(siteId), org.apache.wicket.model.LoadableDetachableModel.of(() -> services.sites().sites()), s -> s.getId(), s -> s.getName()));
        form.choose(new TextField<>("from", Model.of(from.toString())));
        form.choose(new TextField<>("to", Model.of(to.toString())));
        form.choose(new DropDownChoice<>("groupBy", Model.of(groupBy), Arrays.asList(EconomicsGrouping.values()),
                new LambdaChoiceRenderer<>(g -> getString("groupBy." + g.name()), choice -> choice.name())));
        DropDownChoice<AssetClass> lifeClass = new DropDownChoice<>("lifeClass", Model.of(whatIf.lifeClass()),
                Arrays.asList(AssetClass.values()), new LambdaChoiceRenderer<>(c -> io.dcim.console.power.EnumWords.word("procurement", c, getLocale()), choice -> choice.name()));
        form.choose(lifeClass.setNullValid(true));
        form.choose(new NumberTextField<>("lifeMonths", Model.of(whatIf.lifeMonths()), Integer.class));
        form.choose(new DecimalField("cardHourPrice", Model.of(whatIf.cardHourPrice())));
        DropDownChoice<GpuClass> priceClass = new DropDownChoice<>("priceClass", Model.of(whatIf.priceClass()),
                Arrays.asList(GpuClass.values()), new LambdaChoiceRenderer<>(c -> io.dcim.console.power.EnumWords.word("forecasting", c, getLocale()), choice -> choice.name()));
        form.choose(priceClass.setNullValid(true));
        form.choose(new DecimalField("utilization", Model.of(whatIf.utilization())));
        return form;
    }

    private EconomicsReport report(EconomicsGrouping grouping) {
        if (siteId == null) {
            return null;
        }
        try {
            return services.economics().economicsFacade().report(DcimSession.get().caller(), siteId, from, to, grouping,
                    whatIf.toWhatIf());
        } catch (DomainException e) {
            io.dcim.console.layout.FieldErrors.report(this, e);
            return null;
        }
    }

    private ListView<EconomicsRow> rows(String id, IModel<List<EconomicsRow>> rows) {
        return new ListView<>(id, rows) {
            @Override
            protected void populateItem(ListItem<EconomicsRow> item) {
                EconomicsRow r = item.getModelObject();
                item.add(new Label("group", label(r)));
                item.add(new Label("revenue", Format.cny(r.revenue())));
                item.add(new Label("depreciation", Format.cny(r.costs().depreciation())));
                item.add(new Label("lease", Format.cny(r.costs().lease())));
                item.add(new Label("electricity", Format.cny(r.costs().electricity())));
                item.add(new Label("outsourced", Format.cny(r.costs().outsourced())));
                item.add(new Label("support", Format.cny(r.costs().support())));
                item.add(new Label("totalCost", Format.cny(r.totalCost())));
                item.add(new Label("margin", Format.cny(r.grossMargin())));
                item.add(new Label("marginPercent", r.marginPercent() == null ? "—" : r.marginPercent().toPlainString() + " %"));
                item.add(new Label("used", hours(r.cardHoursUsed())));
                item.add(new Label("available", hours(r.cardHoursAvailable())));
                item.add(new Label("utilization", percent(r.utilization())));
                item.add(new Label("perHour", r.costPerCardHour() == null ? "—" : Format.cny(r.costPerCardHour())));
            }
        };
    }

    private String label(EconomicsRow r) {
        return switch (r.key()) {
            case "TOTAL" -> getString("total");
            case "IDLE" -> getString("idle");
            case "SHARED" -> getString("shared");
            default -> isClass(r.key()) ? io.dcim.console.power.EnumWords.word("forecasting", GpuClass.valueOf(r.key()), getLocale())
                    : isMonth(r.key()) ? Times.month(YearMonth.parse(r.key())) : r.label();
        };
    }

    /** A month's row ({@code 2025-03}), written as the reader writes months. */
    private static boolean isMonth(String key) {
        return key.matches("\\d{4}-\\d{2}");
    }

    private static boolean isClass(String key) {
        return Arrays.stream(GpuClass.values()).anyMatch(c -> c.name().equals(key));
    }

    private NonCachingImage chart(String id, IModel<EconomicsReport> months, boolean margin) {
        return new NonCachingImage(id, new DynamicImageResource("png") {
            @Override
            protected byte[] getImageData(Attributes attributes) {
                EconomicsReport r = months.getObject();
                List<EconomicsRow> rows = r == null ? List.of() : r.rows();
                return margin ? EconomicsCharts.marginAndUtilization(rows, getLocale(), CHART_WIDTH, CHART_HEIGHT)
                        : EconomicsCharts.costPerCardHour(rows, getLocale(), CHART_WIDTH, CHART_HEIGHT);
            }
        });
    }

    private void download(EconomicsReport r) {
        java.util.Locale locale = getLocale();
        Attachment.afterCurrent(getRequestCycle(), Attachment.XLSX, EconomicsWorkbook.fileName(r),
                out -> EconomicsWorkbook.write(r, locale, out));
    }

    static String hours(BigDecimal hours) {
        return Format.count(hours.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    }

    static String percent(BigDecimal ratio) {
        return ratio == null ? "—" : ratio.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " %";
    }

    private static YearMonth month(PageParameters parameters, String name, YearMonth fallback) {
        String text = UrlParams.text(parameters, name);
        try {
            return text == null ? fallback : YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    @Override
    protected String title() {
        return getString("title");
    }

    /** The what-if as the URL carries it. */
    record WhatIfParameters(AssetClass lifeClass, Integer lifeMonths, BigDecimal cardHourPrice, GpuClass priceClass,
                            BigDecimal utilization) implements java.io.Serializable {

        static WhatIfParameters of(PageParameters p) {
            return new WhatIfParameters(UrlParams.enumParam(p, "lifeClass", AssetClass.class), UrlParams.intParam(p, "lifeMonths"),
                    decimal(p, "cardHourPrice"), UrlParams.enumParam(p, "priceClass", GpuClass.class), decimal(p, "utilization"));
        }

        private static BigDecimal decimal(PageParameters p, String name) {
            String text = UrlParams.text(p, name);
            try {
                return text == null ? null : new BigDecimal(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        boolean any() {
            return lifeClass != null || lifeMonths != null || cardHourPrice != null || utilization != null;
        }

        WhatIf toWhatIf() {
            return new WhatIf(lifeClass == null || lifeMonths == null ? null : new WhatIf.Life(lifeClass, lifeMonths),
                    cardHourPrice == null ? null : new WhatIf.CardHourPrice(priceClass, cardHourPrice), utilization);
        }
    }
}
