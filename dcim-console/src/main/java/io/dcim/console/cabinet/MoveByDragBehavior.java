package io.dcim.console.cabinet;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.error.DomainException;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.FieldErrors;
import io.dcim.console.layout.Texts;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.device.Location;
import jakarta.inject.Inject;
import org.apache.wicket.Component;
import org.apache.wicket.ajax.AbstractDefaultAjaxBehavior;
import org.apache.wicket.ajax.AjaxRequestTarget;
import org.apache.wicket.injection.Injector;
import org.apache.wicket.request.IRequestParameters;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The server side of dragging a device on an elevation: the browser sends the device, the
 * version it showed, and the cabinet, face and lowest unit it was dropped on. The move goes
 * through the device service, so the same collision, reservation and power checks as the
 * form apply; a refusal is shown beside the elevation and nothing moves.
 */
final class MoveByDragBehavior extends AbstractDefaultAjaxBehavior {

    @Inject
    private Services services;

    private final Component feedback;

    MoveByDragBehavior(Component feedback) {
        Injector.get().inject(this);
        this.feedback = feedback;
    }

    @Override
    protected void respond(AjaxRequestTarget target) {
        if (!DcimSession.get().may(Permission.DEVICE_MOVE)) {
            feedback.error(feedback.getString("drag.notAllowed"));
            target.add(feedback);
            return;
        }
        IRequestParameters parameters = RequestCycle.get().getRequest().getRequestParameters();
        try {
            long deviceId = parameters.getParameterValue("device").toLong();
            int version = parameters.getParameterValue("version").toInt();
            long cabinetId = parameters.getParameterValue("cabinet").toLong();
            Face face = Face.valueOf(parameters.getParameterValue("face").toString("").toUpperCase(java.util.Locale.ROOT));
            int u = parameters.getParameterValue("u").toInt();
            services.deviceFacade().move(DcimSession.get().caller(), deviceId, version, Location.inCabinet(cabinetId, u, face), null);
            // Redraw the page as it now is: both elevations, the figures and the neighbour.
            getComponent().setResponsePage(CabinetPage.class, new PageParameters(getComponent().getPage().getPageParameters()));
        } catch (DomainException e) {
            FieldErrors.report(feedback, e);
            target.add(feedback);
        } catch (RuntimeException e) {
            feedback.error(Texts.of(feedback, "drag.unreadable", "reason", String.valueOf(e.getMessage())));
            target.add(feedback);
        }
    }
}
