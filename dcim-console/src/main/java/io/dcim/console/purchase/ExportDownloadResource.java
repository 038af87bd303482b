package io.dcim.console.purchase;

import io.dcim.app.export.ExportJob;
import io.dcim.app.export.ExportReport;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.wiring.Attachment;
import io.dcim.console.wiring.SignedInResource;
import java.util.Optional;
import org.apache.wicket.request.resource.ResourceReference;

/** A finished export's workbook, for the user who asked for it and no one else. */
public final class ExportDownloadResource extends SignedInResource {

    public static final ResourceReference REFERENCE =
            reference(ExportDownloadResource.class, "export", ExportDownloadResource::new);

    public ExportDownloadResource() {
        super(403, "sign in first");
    }

    @Override
    protected ResourceResponse respond(DcimSession session, Attributes attributes, ResourceResponse response) {
        String id = attributes.getParameters().get("job").toOptionalString();
        Optional<ExportJob> found = services().exportJobs().find(id)
                .filter(job -> job.owner().equals(session.principal().username()));
        if (found.isEmpty()) {
            return response.setError(404, "no such export of yours; exports are kept for a day");
        }
        ExportJob job = found.get();
        if (!job.succeeded()) {
            return response.setError(409, job.isDone() ? "the export did not finish" : "the export is still running");
        }
        // Written on any node of the cluster, kept in the database for a day.
        return Attachment.of(ExportReport.XLSX, job.report().fileName(), out -> services().exportJobs().copyWorkbook(job, out));
    }
}
