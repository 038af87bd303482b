package io.dcim.console.chain;

import io.dcim.common.access.Caller;
import io.dcim.common.table.TableFormat;
import io.dcim.common.table.TableWriter;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.wiring.ServicesResource;
import io.dcim.power.chain.ChainSheet;
import java.util.Locale;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.ContentDisposition;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;

/**
 * A site's circuit schedule or supply connections as CSV or XLSX, in the import's columns headed in the reader's
 * language ({@code /power-chain/sheet?site=&sheet=circuits|supplies&format=csv|xlsx}): edit it and upload it back.
 */
public final class ChainSheetResource extends ServicesResource {

    public static final ResourceReference REFERENCE = new ResourceReference(ChainSheetResource.class, "sheet") {
        @Override
        public IResource getResource() {
            return new ChainSheetResource();
        }
    };

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        ResourceResponse response = new ResourceResponse();
        if (!DcimSession.get().isSignedIn()) {
            return response.setError(401, "sign in first");
        }
        PageParameters parameters = attributes.getParameters();
        Long site = parameters.get("site").toOptionalLong();
        if (site == null || services().powerIfRunning().isEmpty()) {
            return response.setError(404, "no site, or power monitoring is not running");
        }
        ChainSheet sheet = "supplies".equals(parameters.get("sheet").toOptionalString()) ? ChainSheet.SUPPLIES
                : ChainSheet.CIRCUITS;
        TableFormat format = TableFormat.named("format", parameters.get("format").toOptionalString());
        response.setContentType(format.contentType());
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        response.setFileName("power-" + sheet.name().toLowerCase(Locale.ROOT) + "-site-" + site + "."
                + format.extension());
        response.disableCaching();
        // Read now: the callback runs when the session may be out of reach.
        Locale locale = org.apache.wicket.Session.get().getLocale();
        Caller caller = DcimSession.get().caller();
        var chain = services().power().chainFacade();
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes attributes) {
                try (TableWriter writer = TableWriter.open(format, attributes.getResponse().getOutputStream())) {
                    chain.export(caller, site, sheet, locale, writer);
                }
            }
        });
        return response;
    }
}
