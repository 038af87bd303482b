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
import jakarta.inject.Inject;
import java.util.Optional;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

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
    private ImportJobBorder<ImportReport> jobPanel;

    public ImportPage(PageParameters parameters) {
        super(parameters);
        add(new FeedbackPanel("feedback"));
        add(templateLink("templateCsv", "csv"));
        add(templateLink("templateXlsx", "xlsx"));

        add(new UploadForm("upload", Uploads.MAX_BYTES, (upload, write) -> {
            if (read(upload)) {
                start(write);
            }
        }));
        add(newJobPanel());
    }

    private ResourceLink<Void> templateLink(String id, String format) {
        return new ResourceLink<>(id, ExportResource.REFERENCE, new PageParameters().set("list", "template")
                .set("format", format));
    }

    private boolean read(FileUpload upload) {
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
        jobPanel.follow();
    }

    private Optional<ImportJob> job() {
        return services.importJobs().find(jobId);
    }

    private ImportJobBorder<ImportReport> newJobPanel() {
        jobPanel = new ImportJobBorder<>("job", this::job, () -> fileName, PROBLEMS_SHOWN, this::finishedText);
        jobPanel.addConfirm("confirm", () -> table != null, () -> start(true))
                .add(new Label("rows", () -> table == null ? 0 : table.rows().size()));
        jobPanel.addWrittenLink(new BookmarkablePageLink<>("devices", DeviceListPage.class));
        return jobPanel;
    }

    private String finishedText(ImportReport r) {
        if (!r.isValid()) {
            return text("state.problems", Format.count(r.problems().size()), Format.count(r.rows()));
        }
        return r.written()
                ? text("state.imported", Format.count(r.devices()), Format.count(r.gpus()))
                : text("state.valid", Format.count(r.rows()), Format.count(r.devices()), Format.count(r.gpus()));
    }

    private String text(String key, Object... arguments) {
        return new StringResourceModel(key, this).setParameters(arguments).getString();
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
