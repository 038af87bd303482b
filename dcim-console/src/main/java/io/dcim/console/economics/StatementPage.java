package io.dcim.console.economics;

import io.dcim.app.Services;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FilterForm;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Times;
import io.dcim.console.layout.UrlParams;
import io.dcim.console.wiring.Attachment;
import io.dcim.forecasting.economics.EconomicsWorkbook;
import io.dcim.forecasting.economics.RevenueLine;
import io.dcim.forecasting.economics.TenantStatement;
import io.dcim.inventory.tenant.Tenant;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A tenant's chargeback for a month ({@code /statement?tenant=&month=}): card-hours and core-hours by site and GPU
 * class, prices, discount, package hours, amounts, the amount due and the IT energy attributed; and its XLSX. A
 * price, contract or package changing within the month splits a class's line in two; each line shows its days,
 * the whole month's too, so two lines of one class at two prices read as two parts of the month, not a mistake.
 */
@AuthorizeInstantiation("finance.view")
public class StatementPage extends BasePage {

    @Inject
    private Services services;

    public StatementPage(PageParameters parameters) {
        super(parameters);
        add(new FeedbackPanel("feedback", message -> message.getReporter() == this));
        List<Tenant> tenants = services.tenants().tenants();
        Long chosen = UrlParams.longParam(parameters, "tenant");
        Long tenantId = chosen != null ? chosen : tenants.isEmpty() ? null : tenants.get(0).getId();
        YearMonth month = month(parameters);
        FilterForm form = new FilterForm("filters", StatementPage.class);
        form.choose(FilterForm.idChoice("tenant", Model.of(tenantId), org.apache.wicket.model.LoadableDetachableModel.of(() -> services.tenants().tenants()), t -> t.getId(), t -> t.getName()));
        form.choose(new TextField<>("month", Model.of(month.toString())));
        add(form);
        IModel<TenantStatement> statement = LoadableDetachableModel.of(() -> {
            if (tenantId == null) {
                return null;
            }
            try {
                return services.economics().economicsFacade().statement(DcimSession.get().caller(), tenantId, month);
            } catch (DomainException e) {
                io.dcim.console.layout.FieldErrors.report(this, e);
                return null;
            }
        });
        add(new ListView<>("lines", statement.map(s -> s == null ? List.<TenantStatement.Line>of() : s.lines())) {
            @Override
            protected void populateItem(ListItem<TenantStatement.Line> item) {
                RevenueLine r = item.getModelObject().revenue();
                item.add(new Label("site", item.getModelObject().siteName()));
                item.add(new Label("gpuClass", io.dcim.console.power.EnumWords.word("forecasting", r.gpuClass(), getLocale())));
                item.add(new Label("period", days(r)));
                item.add(new Label("cardHours", r.cardHours().stripTrailingZeros().toPlainString()));
                item.add(new Label("coreHours", r.coreHours().stripTrailingZeros().toPlainString()));
                item.add(new Label("packageHours", r.packageCardHours().stripTrailingZeros().toPlainString()));
                item.add(new Label("packageAmount", Format.cny(r.packageAmount())));
                item.add(new Label("cardPrice", r.cardHourPrice().stripTrailingZeros().toPlainString()));
                item.add(new Label("corePrice", r.coreHourPrice().stripTrailingZeros().toPlainString()));
                item.add(new Label("discount", r.discountPercent().stripTrailingZeros().toPlainString() + " %"));
                item.add(new Label("cardAmount", Format.cny(r.cardAmount())));
                item.add(new Label("coreAmount", Format.cny(r.coreAmount())));
                item.add(new Label("amount", Format.cny(r.amount())));
            }
        });
        add(new Label("amount", statement.map(s -> s == null ? "—" : Format.cny(s.amount()))));
        add(new Label("energy", statement.map(s -> s == null ? "—" : s.energyKwh().toPlainString())));
        // A download: a GET may follow it.
        add(new io.dcim.console.layout.NavigationLink<Void>("xlsx") {
            @Override
            public void onClick() {
                TenantStatement s = statement.getObject();
                if (s != null) {
                    download(s);
                }
            }
        });
    }

    /** The line's first and last day, both included, in the reader's language. */
    private String days(RevenueLine r) {
        return new StringResourceModel("days", this).setParameters(Times.date(r.from()), Times.date(r.to()))
                .getString();
    }

    private void download(TenantStatement s) {
        java.util.Locale locale = getLocale();
        Attachment.afterCurrent(getRequestCycle(), Attachment.XLSX, EconomicsWorkbook.fileName(s),
                out -> EconomicsWorkbook.write(s, locale, out));
    }

    private static YearMonth month(PageParameters parameters) {
        String text = UrlParams.text(parameters, "month");
        YearMonth last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        try {
            return text == null ? last : YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return last;
        }
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
