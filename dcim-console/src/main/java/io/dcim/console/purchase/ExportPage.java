package io.dcim.console.purchase;

import io.dcim.app.Services;
import io.dcim.app.export.ExportJob;
import io.dcim.app.export.ExportReport;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.Messages;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Format;
import io.dcim.console.power.EnumWords;
import io.dcim.inventory.site.Site;
import io.dcim.procurement.asset.AssetClass;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.Component;
import org.apache.wicket.ajax.AjaxRequestTarget;
import org.apache.wicket.ajax.AjaxSelfUpdatingTimerBehavior;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.LambdaChoiceRenderer;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Analysts pick a report (the depreciation schedule for a month range, site and class; the
 * fixed-asset register at a date; the purchase register for a month range); it is written in
 * the background with its progress shown, and downloaded from the list of their exports.
 */
@AuthorizeInstantiation("export.depreciation")
public class ExportPage extends BasePage {

    @Inject
    private Services services;

    /** The reports on offer, by the form's value. */
    enum Kind {
        SCHEDULE,
        ASSET_REGISTER,
        PURCHASE_REGISTER
    }

    private final Model<Kind> kind = Model.of(Kind.SCHEDULE);
    private final Model<String> from = Model.of(YearMonth.now().withMonth(1).toString());
    private final Model<String> to = Model.of(YearMonth.now().withMonth(12).toString());
    private final Model<String> date = Model.of(LocalDate.now().toString());
    private final Model<Long> site = Model.of((Long) null);
    private final Model<AssetClass> assetClass = Model.of((AssetClass) null);

    /** The report form's fields, where a refusal naming one is shown. */
    private FieldErrors fields;

    public ExportPage(PageParameters parameters) {
        super(parameters);
        add(new FeedbackPanel("feedback", message -> !(message.getReporter() instanceof FormComponent)));
        add(form());
        add(jobs());
    }

    private Form<Void> form() {
        Form<Void> form = new Form<>("report") {
            @Override
            protected void onSubmit() {
                start();
            }
        };
        form.add(new DropDownChoice<>("kind", kind, Arrays.asList(Kind.values()),
                new LambdaChoiceRenderer<>(k -> getString("kind." + k.name()), choice -> choice.name())).setRequired(true)
                .setLabel(new ResourceModel("export.report")));
        fields = new FieldErrors(this);
        fields.add(form, "from", new TextField<>("from", from));
        fields.add(form, "to", new TextField<>("to", to));
        fields.add(form, "date", new TextField<>("date", date));
        IModel<List<Site>> sites = LoadableDetachableModel.of(() -> services.sites().sites());
        DropDownChoice<Long> siteChoice = new DropDownChoice<>("site", site, sites.map(l -> l.stream().map(entity -> entity.getId()).toList()),
                new LambdaChoiceRenderer<>(id -> sites.getObject().stream().filter(s -> Objects.equals(s.getId(), id))
                        .map(Site::getName).findFirst().orElse(String.valueOf(id)), choice -> String.valueOf(choice)));
        siteChoice.setNullValid(true);
        form.add(siteChoice);
        form.add(new DropDownChoice<>("class", assetClass, Arrays.asList(AssetClass.values()),
                new LambdaChoiceRenderer<>(c -> EnumWords.word("procurement", c, getLocale()), choice -> choice.name())).setNullValid(true));
        return form;
    }

    private void start() {
        try {
            ExportReport report = switch (kind.getObject()) {
                case SCHEDULE -> new ExportReport.Schedule(Inputs.requiredMonth("from", from.getObject()),
                        Inputs.requiredMonth("to", to.getObject()), site.getObject(), assetClass.getObject());
                case ASSET_REGISTER -> new ExportReport.AssetRegister(Inputs.requiredDate("date", date.getObject()),
                        site.getObject(), assetClass.getObject());
                case PURCHASE_REGISTER -> {
                    YearMonth first = Inputs.month("from", from.getObject());
                    YearMonth last = Inputs.month("to", to.getObject());
                    yield new ExportReport.PurchaseRegister(first == null ? null : first.atDay(1),
                            last == null ? null : last.atEndOfMonth());
                }
            };
            services.exportJobs().start(DcimSession.get().caller(), report);
            success(new StringResourceModel("started", this).setParameters(Messages.text(report.title(), getLocale()))
                    .getString());
        } catch (DomainException e) {
            fields.report(e);
        }
    }

    /** A job as the list shows it: plain values, safe to keep in the page. */
    record JobLine(String id, String title, String state, int percent, boolean downloadable, boolean failed)
            implements Serializable {
        static JobLine of(ExportJob job, Component page) {
            String state;
            if (!job.isDone()) {
                state = new StringResourceModel("job.writing", page).setParameters(Format.count(job.rowsDone())).getString();
            } else if (job.state() == ExportJob.State.STOPPED) {
                state = new StringResourceModel("job.stopped", page).getString();
            } else if (!job.succeeded()) {
                state = new StringResourceModel("job.failed", page).setParameters(job.failure()).getString();
            } else {
                state = new StringResourceModel("job.ready", page).setParameters(Format.count(job.rowsDone())).getString();
            }
            return new JobLine(job.id(), Messages.text(job.report().title(), page.getLocale()), state, job.percentDone(),
                    job.succeeded(), job.isDone() && !job.succeeded());
        }
    }

    private List<JobLine> myJobs() {
        return services.exportJobs().of(DcimSession.get().principal().username()).stream()
                .map(job -> JobLine.of(job, this)).toList();
    }

    private WebMarkupContainer jobs() {
        IModel<List<JobLine>> lines = LoadableDetachableModel.of(this::myJobs);
        WebMarkupContainer panel = new WebMarkupContainer("jobs") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!lines.getObject().isEmpty());
            }
        };
        panel.setOutputMarkupPlaceholderTag(true);
        panel.add(new AjaxSelfUpdatingTimerBehavior(Duration.ofMillis(700)) {
            @Override
            protected void onPostProcessTarget(AjaxRequestTarget target) {
                if (myJobs().stream().allMatch(line -> line.downloadable() || line.failed())) {
                    stop(target);
                }
            }
        });
        panel.add(new ListView<>("job", lines) {
            @Override
            protected void populateItem(ListItem<JobLine> item) {
                JobLine line = item.getModelObject();
                item.add(new Label("title", line.title()));
                item.add(new Label("state", line.state()));
                WebMarkupContainer fill = new WebMarkupContainer("fill");
                fill.add(AttributeModifier.replace("style", "width:" + line.percent() + "%"));
                item.add(fill);
                ResourceLink<Void> download = new ResourceLink<>("download", ExportDownloadResource.REFERENCE,
                        new PageParameters().set("job", line.id()));
                download.setVisible(line.downloadable());
                item.add(download);
            }
        });
        return panel;
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
