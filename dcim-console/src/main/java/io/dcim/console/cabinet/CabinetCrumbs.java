package io.dcim.console.cabinet;

import io.dcim.console.home.HomePage;
import io.dcim.console.layout.Crumb;
import io.dcim.console.layout.Labels;
import io.dcim.console.room.RoomPage;
import io.dcim.inventory.cabinet.CabinetSummary;
import java.util.List;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** The breadcrumb trail down to a cabinet: site › room › row › cabinet. */
public final class CabinetCrumbs {

    private CabinetCrumbs() {
    }

    public static List<Crumb> to(CabinetSummary c, boolean cabinetIsHere) {
        Crumb cabinet = cabinetIsHere ? Crumb.here(c.name())
                : Crumb.to(c.name(), CabinetPage.class, new PageParameters().set("id", c.id()));
        return List.of(
                Crumb.to(c.siteName(), HomePage.class, new PageParameters()),
                Crumb.to(c.roomName(), RoomPage.class, new PageParameters().set("id", c.roomId())),
                Crumb.to(Labels.shared("crumb.row", "row " + c.rowName(), "row", c.rowName()), CabinetListPage.class, new PageParameters().set("site", c.siteId())
                        .set("room", c.roomId()).set("q", c.rowName())),
                cabinet);
    }
}
