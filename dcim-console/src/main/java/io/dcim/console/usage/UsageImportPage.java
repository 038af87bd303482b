package io.dcim.console.usage;

import io.dcim.app.Services;
import io.dcim.app.transfer.UsageImportJob;
import io.dcim.app.transfer.Uploads;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Format;
import io.dcim.console.transfer.ImportJobBorder;
import io.dcim.console.transfer.UploadForm;
import io.dcim.forecasting.usage.SacctImport;
import io.dcim.forecasting.usage.UsageImportReport;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Uploads Slurm accounting ({@code sacct --parsable2}), checks or imports it in the background with its progress
 * shown (the same import jobs as the device import), lists every refused line, and imports only a file with none.
 * The upload is kept in a temporary file the job reads as a stream and deletes.
 */
@AuthorizeInstantiation("usage.import")
public class UsageImportPage extends BasePage {

    @Inject
    private Services services;

    private String fileName;
    private String jobId;
    private ImportJobBorder<UsageImportReport> jobPanel;
    /** Kept after a check so "Import these" imports the same file again. */
    private File kept;
    private int lines;

    public UsageImportPage(PageParameters parameters) {
        super(parameters);
        add(new FeedbackPanel("feedback"));
        add(new BookmarkablePageLink<>("mappings", UsageSettingsPage.class));
        add(new UploadForm("upload", Uploads.MAX_ACCOUNTING_BYTES, (upload, write) -> {
            if (save(upload)) {
                start(write);
            }
        }));
        add(newJobPanel());
    }

    private boolean save(FileUpload upload) {
        try {
            Path copy = Files.createTempFile("sacct-upload", ".txt");
            upload.writeTo(copy.toFile());
            kept = copy.toFile();
            lines = countLines(copy);
            fileName = upload.getClientFileName();
            return true;
        } catch (Exception e) { // FileUpload.writeTo declares Exception: any failure to store the upload
            error(getString("file.unreadable"));
            return false;
        }
    }

    private static int countLines(Path file) throws IOException {
        int count = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** Starts the job on a copy of the kept upload (the job deletes what it reads; a check may be followed by an import). */
    private void start(boolean write) {
        try {
            Path copy = Files.createTempFile("sacct-job", ".txt");
            Files.copy(kept.toPath(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            jobId = services.importJobs().startUsage(DcimSession.get().caller(), copy, lines, write).id();
            if (write) {
                Files.deleteIfExists(kept.toPath());
            }
            jobPanel.follow();
        } catch (IOException e) {
            error(getString("file.unreadable"));
        }
    }

    private Optional<UsageImportJob> job() {
        return services.importJobs().findUsage(jobId);
    }

    private ImportJobBorder<UsageImportReport> newJobPanel() {
        jobPanel = new ImportJobBorder<>("job", this::job, () -> fileName, SacctImport.MAX_PROBLEMS_LISTED, this::finishedText);
        jobPanel.addConfirm("confirm", () -> kept != null && kept.exists(), () -> start(true));
        jobPanel.addWrittenLink(new BookmarkablePageLink<>("utilization", UtilizationPage.class));
        return jobPanel;
    }

    private String finishedText(UsageImportReport r) {
        if (!r.isValid()) {
            return text("state.problems", Format.count(r.refused()), Format.count(r.lines()));
        }
        String counts = text("state.counts", Format.count(r.jobsAdded()), Format.count(r.alreadyImported()),
                Format.count(r.steps()), Format.count(r.notFinished()),
                Format.count(r.cardHours().longValue()), Format.count(r.coreHours().longValue()));
        return text(r.written() ? "state.imported" : "state.valid", Format.count(r.lines()), counts);
    }

    private String text(String key, Object... arguments) {
        return new StringResourceModel(key, this).setParameters(arguments).getString();
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
