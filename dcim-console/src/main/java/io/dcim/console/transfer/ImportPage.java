package io.dcim.console.transfer;

import io.dcim.app.Services;
import io.dcim.app.transfer.ImportJob;
import io.dcim.app.transfer.Uploads;
import io.dcim.common.error.DomainException;
import io.dcim.common.table.Table;
import io.dcim.console.layout.Format;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.device.DeviceListPage;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.FieldErrors;
import io.dcim.inventory.transfer.ImportReport;
import io.dcim.inventory.transfer.RowProblem;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.ajax.AjaxRequestTarget;
import org.apache.wicket.ajax.AjaxSelfUpdatingTimerBehavior;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.form.upload.FileUploadField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.lang.Bytes;

/**
 * Uploads a device spreadsheet, checks every row in the background with progress shown, lists
 * every failing row, and imports only a file without problems, all in one transaction.
 */
@AuthorizeInstantiation("inventory.import")
public class ImportPage extends BasePage {

    @Inject
    private Services services;

    /** Problems listed on the page; the count says how many more there are. */
    static final int PROBLEMS_SHOWN = 500;

    private Table table;
    private String fileName;
    private String jobId;
    /** Polls the job; it stops when a job ends and must start again for the next one. */
    private AjaxSelfUpdatingTimerBehavior progress;

    public ImportPage(PageParameters parameters) {
        super(parameters);
        add(new FeedbackPanel("feedback"));
        add(templateLink("templateCsv", "csv"));
        add(templateLink("templateXlsx", "xlsx"));

        FileUploadField file = new FileUploadField("file");
        Form<Void> upload = new Form<>("upload");
        upload.setMultiPart(true);
        upload.setMaxSize(Bytes.bytes(Uploads.MAX_BYTES));
        upload.add(file);
        upload.add(new Button("check") {
            @Override
            public void onSubmit() {
                if (read(file.getFileUpload())) {
                    start(false);
                }
            }
        });
        upload.add(new Button("importNow") {
            @Override
            public void onSubmit() {
                if (read(file.getFileUpload())) {
                    start(true);
                }
            }
        });
        add(upload);
        add(jobPanel());
    }

    private ResourceLink<Void> templateLink(String id, String format) {
        return new ResourceLink<>(id, ExportResource.REFERENCE, new PageParameters().set("list", "template")
                .set("format", format));
    }

    private boolean read(FileUpload upload) {
        if (upload == null) {
            error(getString("file.missing"));
            return false;
        }
        try {
            table = Uploads.read(upload.getBytes());
            fileName = upload.getClientFileName();
            return true;
        } catch (DomainException e) {
            FieldErrors.report(this, e);
            return false;
        }
    }

    private void start(boolean write) {
        jobId = services.importJobs().start(DcimSession.get().caller(), table, write).id();
        // The page is rendered again after this submit: a timer stopped by the previous job would
        // render no timeout, and the page would show "0 of n" until reloaded by hand.
        progress.restart(null);
    }

    private Optional<ImportJob> job() {
        return services.importJobs().find(jobId);
    }

    private WebMarkupContainer jobPanel() {
        WebMarkupContainer panel = new WebMarkupContainer("job") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(job().isPresent());
            }
        };
        panel.setOutputMarkupPlaceholderTag(true);
        progress = new AjaxSelfUpdatingTimerBehavior(Duration.ofMillis(500)) {
            @Override
            protected void onPostProcessTarget(AjaxRequestTarget target) {
                if (job().map(ImportJob::isDone).orElse(true)) {
                    stop(target);
                }
            }
        };
        panel.add(progress);
        panel.add(new Label("fileName", () -> fileName));
        panel.add(new Label("state", this::stateText));
        WebMarkupContainer fill = new WebMarkupContainer("fill");
        fill.add(AttributeModifier.replace("style", () -> "width:" + job().map(ImportJob::percentDone).orElse(0) + "%"));
        panel.add(fill);
        IModel<List<RowProblem>> problems = () -> job().map(ImportJob::report)
                .map(r -> r.problems().subList(0, Math.min(PROBLEMS_SHOWN, r.problems().size()))).orElse(List.of());
        WebMarkupContainer problemTable = new WebMarkupContainer("problemTable") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!problems.getObject().isEmpty());
            }
        };
        problemTable.add(new ListView<>("problems", problems) {
            @Override
            protected void populateItem(ListItem<RowProblem> item) {
                item.add(new Label("line", item.getModelObject().line()));
                item.add(new Label("column", item.getModelObject().column() == null ? "" : item.getModelObject().column()));
                item.add(new Label("message", item.getModelObject().message()));
            }
        });
        panel.add(problemTable);
        Form<Void> confirm = new Form<>("confirm") {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(job().map(j -> j.isDone() && !j.write() && j.report() != null && j.report().isValid()).orElse(false));
            }

            @Override
            protected void onSubmit() {
                start(true);
            }
        };
        confirm.add(new Label("rows", () -> table == null ? 0 : table.rows().size()));
        panel.add(confirm);
        panel.add(new BookmarkablePageLink<>("devices", DeviceListPage.class) {
            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(job().map(j -> j.report() != null && j.report().written()).orElse(false));
            }
        });
        return panel;
    }

    private String stateText() {
        return job().map(job -> {
            String verb = getString(job.write() ? "state.importing" : "state.checking");
            if (!job.isDone()) {
                return text("state.progress", verb, Format.count(job.rowsDone()), Format.count(job.totalRows()));
            }
            if (job.failure() != null) {
                return text("state.failed", job.failure());
            }
            ImportReport r = job.report();
            if (!r.isValid()) {
                return text("state.problems", Format.count(r.problems().size()), Format.count(r.rows()));
            }
            return r.written()
                    ? text("state.imported", Format.count(r.devices()), Format.count(r.gpus()))
                    : text("state.valid", Format.count(r.rows()), Format.count(r.devices()), Format.count(r.gpus()));
        }).orElse("");
    }

    private String text(String key, Object... arguments) {
        return new StringResourceModel(key, this).setParameters(arguments).getString();
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
