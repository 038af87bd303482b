package io.dcim.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.persistence.Database;
import io.dcim.console.cabinet.CabinetListPage;
import io.dcim.console.cabinet.CabinetPage;
import io.dcim.console.home.HomePage;
import io.dcim.identity.role.Role;
import io.dcim.identity.role.RolePermissions;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.wicket.Page;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The pages read most are stateless: Wicket keeps nothing of them in the session and serializes nothing after
 * drawing them. One stateful control in the frame (the sign-out was a link) made every page stateful. The
 * dashboard and the cabinet list are stateless for every role; a cabinet for those who may not change it (for
 * those who may, dragging a device and the reservation forms keep it in the session).
 */
class StatelessPagesTest {

    @BothDatabases
    void theDashboardTheCabinetListAndACabinetKeepNothingInTheSession(Database db) {
        Services services = WebTesting.demoSiteWithPurchases(db);
        Map<Class<? extends Page>, PageParameters> parameters = DemoPageParameters.of(services);
        for (Role role : Role.values()) {
            try (var tester = WebTesting.signedIn(services, role)) {
                List<Class<? extends Page>> pages = new ArrayList<>(List.of(HomePage.class, CabinetListPage.class));
                if (!RolePermissions.of(role).contains(Permission.DEVICE_MOVE)) {
                    pages.add(CabinetPage.class);
                }
                for (Class<? extends Page> page : pages) {
                    tester.startPage(page, parameters.getOrDefault(page, new PageParameters()));
                    tester.assertRenderedPage(page);
                    Page rendered = tester.getLastRenderedPage();
                    List<String> stateful = new ArrayList<>();
                    rendered.visitChildren((component, visit) -> {
                        if (!component.isStateless()) {
                            stateful.add(component.getPageRelativePath() + " " + component.getClass().getName());
                        }
                    });
                    assertThat(stateful).as("%s for %s: stateful components", page.getSimpleName(), role).isEmpty();
                    assertThat(rendered.isPageStateless()).as("%s for %s", page.getSimpleName(), role).isTrue();
                }
            }
        }
    }
}
