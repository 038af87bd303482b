package io.dcim.console.tenant;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.inventory.tenant.Tenant;
import jakarta.inject.Inject;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** The operator's customers with their segment ({@code /tenants}); those who keep them edit them from here. */
public class TenantListPage extends BasePage {

    @Inject
    private Services services;

    public TenantListPage(PageParameters parameters) {
        super(parameters);
        add(new FeedbackPanel("feedback"));
        boolean manages = DcimSession.get().may(Permission.TENANT_MANAGE);
        add(new BookmarkablePageLink<>("newTenant", TenantEditPage.class).setVisible(manages));
        add(new ListView<>("tenant", LoadableDetachableModel.of(() -> services.tenants().tenants())) {
            @Override
            protected void populateItem(ListItem<Tenant> item) {
                Tenant tenant = item.getModelObject();
                BookmarkablePageLink<Void> edit = new BookmarkablePageLink<>("edit", TenantEditPage.class,
                        new PageParameters().set("id", tenant.getId()));
                edit.add(new Label("name", tenant.getName()));
                edit.setEnabled(manages);
                item.add(edit);
                item.add(new Label("kind", getString("kind." + tenant.getKind().name())));
            }
        });
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
