package io.dcim.console.capacity;

import io.dcim.app.ForecastingServices;
import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.ListTable;
import io.dcim.console.layout.PagedDataProvider;
import io.dcim.console.power.EnumWords;
import io.dcim.forecasting.demand.DemandFilter;
import io.dcim.forecasting.demand.DemandInput;
import io.dcim.forecasting.demand.DemandStage;
import io.dcim.forecasting.demand.DemandSummary;
import io.dcim.forecasting.history.Resource;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.tenant.Tenant;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.wicket.extensions.markup.html.repeater.data.grid.ICellPopulator;
import org.apache.wicket.extensions.markup.html.repeater.data.table.AbstractColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.LambdaColumn;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.form.TextField;
import io.dcim.console.layout.PostAction;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.CompoundPropertyModel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The demand pipeline: what tenants are expected to take, from leads to signed contracts, each
 * weighted by its probability in the capacity plan. Managers, ops and admins add and remove
 * entries; a training-job estimate arrives here pre-filled.
 */
public class PipelinePage extends BasePage {

    @Inject
    private Services services;

    /** What the new-entry form edits. */
    static final class Entry implements Serializable {
        Long tenantId;
        Long siteId;
        Resource resource = Resource.GPU;
        Long quantity;
        String startDate = YearMonth.now(ZoneOffset.UTC).plusMonths(1).atDay(1).toString();
        Integer durationMonths = 12;
        DemandStage stage = DemandStage.LEAD;
        Integer probabilityPercent;
        String note;
    }

    private final Entry entry = new Entry();
    private final FieldErrors fieldErrors;

    public PipelinePage(PageParameters parameters) {
        super(parameters);
        prefill(parameters);
        add(new FeedbackPanel("feedback", message -> message.getReporter() == null || message.getReporter() == this));
        PagedDataProvider<DemandSummary> rows = new PagedDataProvider<>(
                request -> forecasting().pipeline().page(DemandFilter.all(), request), 50, "start");
        add(new ListTable<>("pipeline", columns(), rows, 50));

        Form<Entry> form = new Form<>("form", new CompoundPropertyModel<>(entry)) {
            @Override
            protected void onSubmit() {
                addEntry();
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(canEdit());
            }
        };
        add(form);
        form.add(new FeedbackPanel("formFeedback", message -> message.getReporter() == form));
        fieldErrors = new FieldErrors(form);
        IModel<List<Tenant>> tenants = LoadableDetachableModel.of(() -> services.tenants().tenants());
        fieldErrors.add(form, "tenantId", new DropDownChoice<>("tenantId", tenants.map(l -> l.stream().map(entity -> entity.getId()).toList()),
                new LambdaChoiceRenderer<>(id -> tenants.getObject().stream().filter(t -> t.getId().equals(id))
                        .map(Tenant::getName).findFirst().orElse(""), choice -> String.valueOf(choice))));
        IModel<List<Site>> sites = LoadableDetachableModel.of(() -> services.sites().sites());
        fieldErrors.add(form, "siteId", new DropDownChoice<>("siteId", sites.map(l -> l.stream().map(entity -> entity.getId()).toList()),
                new LambdaChoiceRenderer<>(id -> sites.getObject().stream().filter(s -> s.getId().equals(id))
                        .map(Site::getName).findFirst().orElse(""), choice -> String.valueOf(choice))));
        fieldErrors.add(form, "resource", new DropDownChoice<>("resource", Arrays.asList(Resource.values()),
                new LambdaChoiceRenderer<>(r -> Units.title(r, this), Resource::id)));
        fieldErrors.add(form, "quantity", new NumberTextField<Long>("quantity"));
        fieldErrors.add(form, "startDate", new TextField<String>("startDate") {
            @Override
            protected String[] getInputTypes() {
                return new String[] {"date"};
            }
        });
        fieldErrors.add(form, "durationMonths", new NumberTextField<Integer>("durationMonths"));
        fieldErrors.add(form, "stage", new DropDownChoice<>("stage", Arrays.asList(DemandStage.values()),
                new LambdaChoiceRenderer<>(s -> new StringResourceModel("stageChoice", this).setParameters(
                        EnumWords.word("forecasting", s, getLocale()),
                        s.defaultProbability().movePointRight(2).stripTrailingZeros().toPlainString()).getString(), choice -> choice.name())));
        fieldErrors.add(form, "probability", new NumberTextField<Integer>("probabilityPercent").setMinimum(0).setMaximum(100));
        fieldErrors.add(form, "note", new TextField<String>("note"));
    }

    /**
     * A training estimate arrives as {@code ?gpus=&months=&about=}; the names differ from the form's
     * inputs, because a query parameter of the same name would shadow what the user types.
     */
    private void prefill(PageParameters p) {
        if (!p.get("gpus").isEmpty()) {
            entry.quantity = p.get("gpus").toOptionalLong();
        }
        if (!p.get("months").isEmpty()) {
            entry.durationMonths = p.get("months").toOptionalInteger();
        }
        if (!p.get("about").isEmpty()) {
            entry.note = p.get("about").toString();
        }
        if (!p.get("site").isEmpty()) {
            entry.siteId = p.get("site").toOptionalLong();
        }
    }

    private void addEntry() {
        try {
            forecasting().demandFacade().create(DcimSession.get().caller(), new DemandInput(entry.tenantId, entry.siteId, entry.resource, entry.quantity,
                    date(entry.startDate), entry.durationMonths, entry.stage,
                    entry.probabilityPercent == null ? null : BigDecimal.valueOf(entry.probabilityPercent, 2), entry.note));
            getSession().success(new StringResourceModel("added", this).setParameters(String.valueOf(entry.quantity),
                    Units.label(entry.resource, this)).getString());
            setResponsePage(PipelinePage.class);
        } catch (DomainException e) {
            fieldErrors.report(e);
        }
    }

    private LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("startDate", Message.of("common.input.notDate", text));
        }
    }

    private List<IColumn<DemandSummary, String>> columns() {
        List<IColumn<DemandSummary, String>> columns = new ArrayList<>();
        columns.add(new LambdaColumn<>(new ResourceModel("col.tenant"), "tenant", DemandSummary::tenantName));
        columns.add(new LambdaColumn<>(new ResourceModel("col.site"), "site", DemandSummary::siteName));
        columns.add(new LambdaColumn<>(new ResourceModel("col.quantity"), "quantity", d -> Units.format(d.resource(), d.quantity(), PipelinePage.this)));
        columns.add(new LambdaColumn<>(new ResourceModel("col.start"), "start", DemandSummary::startDate));
        columns.add(new LambdaColumn<>(new ResourceModel("col.months"), DemandSummary::durationMonths));
        columns.add(new LambdaColumn<>(new ResourceModel("col.stage"), "stage", d -> EnumWords.word("forecasting", d.stage(), getLocale())));
        columns.add(new LambdaColumn<>(new ResourceModel("col.probability"), "probability",
                d -> d.probability().movePointRight(2).stripTrailingZeros().toPlainString() + "%"));
        columns.add(new LambdaColumn<>(new ResourceModel("col.note"), d -> d.note() == null ? "" : d.note()));
        if (canEdit()) {
            columns.add(new AbstractColumn<>(Model.of("")) {
                @Override
                public void populateItem(Item<ICellPopulator<DemandSummary>> cell, String id, IModel<DemandSummary> row) {
                    DemandSummary d = row.getObject();
                    cell.add(new RemovePanel(id, d.id(), d.version()));
                }
            });
        }
        return columns;
    }

    private boolean canEdit() {
        return DcimSession.get().may(Permission.CAPACITY_PLAN);
    }

    private ForecastingServices forecasting() {
        return services.forecasting();
    }

    @Override
    protected String title() {
        return getString("title");
    }

    /** Removes one entry, at the version the user saw (a concurrent edit is refused, not overwritten). */
    static final class RemovePanel extends Panel {

        @Inject
        private Services services;

        RemovePanel(String id, long entryId, int version) {
            super(id);
            add(new PostAction("remove", new org.apache.wicket.model.ResourceModel("pipeline.remove")) {
                @Override
                protected void onPost() {
                    try {
                        services.forecasting().demandFacade().delete(DcimSession.get().caller(), entryId, version);
                        getSession().success(getString("removed"));
                    } catch (DomainException e) {
                        getSession().error(e.getMessage());
                    }
                    setResponsePage(PipelinePage.class);
                }
            });
        }
    }
}
