package io.dcim.console.cabling;

import io.dcim.common.access.Caller;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.wiring.Attachment;
import io.dcim.console.wiring.SignedInResource;
import io.dcim.inventory.fabric.FabricFacade;
import io.dcim.inventory.fabric.FabricRequest;
import io.dcim.inventory.fabric.FabricSelection;
import java.util.Locale;
import org.apache.wicket.Session;
import org.danekja.java.util.function.serializable.SerializableSupplier;

/**
 * The installers' workbook of the fabric plan page's plan: on the devices of the last preview when
 * there is one, else under the plan's own names; headed in the session's language. The plan is
 * sized and the devices chosen before the first byte, so a refusal is an error answer with its
 * sentence, never a broken file.
 */
final class FabricWorkbookResource extends SignedInResource {

    private final SerializableSupplier<FabricRequest> request;
    private final SerializableSupplier<FabricSelection> selection;

    FabricWorkbookResource(SerializableSupplier<FabricRequest> request, SerializableSupplier<FabricSelection> selection) {
        super(401, "sign in first");
        this.request = request;
        this.selection = selection;
    }

    @Override
    protected ResourceResponse respond(DcimSession session, Attributes attributes, ResourceResponse response) {
        Caller caller = session.caller();
        Locale locale = Session.get().getLocale();
        FabricFacade.PreparedWorkbook workbook;
        FabricRequest plan;
        try {
            plan = request.get();
            workbook = services().cabling().fabric().workbook(caller, plan, selection.get(), locale);
        } catch (DomainException e) {
            return response.setError(422, FieldErrors.sentence(e));
        }
        return Attachment.of(Attachment.XLSX, "fabric-plan-" + plan.serverCount() + "-servers.xlsx", workbook::write);
    }
}
