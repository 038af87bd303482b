package io.dcim.console.catalog;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.BasePage;
import io.dcim.console.layout.Format;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.catalog.GpuModel;
import jakarta.inject.Inject;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** The catalog ({@code /catalog}): device models and GPU models; those who keep it edit from here. */
public class CatalogPage extends BasePage {

    @Inject
    private Services services;

    public CatalogPage(PageParameters parameters) {
        super(parameters);
        add(new FeedbackPanel("feedback"));
        boolean keeps = DcimSession.get().may(Permission.CATALOG_MANAGE);
        add(new BookmarkablePageLink<>("newDeviceModel", DeviceModelEditPage.class).setVisible(keeps));
        add(new BookmarkablePageLink<>("newGpuModel", GpuModelEditPage.class).setVisible(keeps));
        add(new ListView<>("deviceModel", LoadableDetachableModel.of(() -> services.catalog().deviceModels())) {
            @Override
            protected void populateItem(ListItem<DeviceModel> item) {
                DeviceModel m = item.getModelObject();
                BookmarkablePageLink<Void> edit = new BookmarkablePageLink<>("edit", DeviceModelEditPage.class,
                        new PageParameters().set("id", m.getId()));
                edit.add(new Label("name", m.getDisplayName()));
                edit.setEnabled(keeps);
                item.add(edit);
                item.add(new Label("kind", getString("kind." + m.getKind().name())));
                item.add(new Label("heightU", m.getHeightU()));
                item.add(new Label("typicalW", Format.count(m.getTypicalPowerW())));
                item.add(new Label("gpuSlots", m.getGpuSlots()));
            }
        });
        add(new ListView<>("gpuModel", LoadableDetachableModel.of(() -> services.catalog().gpuModels())) {
            @Override
            protected void populateItem(ListItem<GpuModel> item) {
                GpuModel g = item.getModelObject();
                BookmarkablePageLink<Void> edit = new BookmarkablePageLink<>("edit", GpuModelEditPage.class,
                        new PageParameters().set("id", g.getId()));
                edit.add(new Label("name", g.getName()));
                edit.setEnabled(keeps);
                item.add(edit);
                item.add(new Label("vendor", g.getVendor()));
                item.add(new Label("tdpW", Format.count(g.getTdpW())));
                item.add(new Label("memoryGb", g.getMemoryGb() == null ? "—" : Format.count(g.getMemoryGb())));
            }
        });
    }

    @Override
    protected String title() {
        return getString("title");
    }
}
