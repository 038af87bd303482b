package io.dcim.console.device;

import io.dcim.app.Services;
import io.dcim.common.paging.PageRequest;
import io.dcim.console.label.TagChips;
import io.dcim.console.layout.Format;
import io.dcim.console.layout.Labels;
import io.dcim.console.layout.Texts;
import io.dcim.inventory.gpu.GpuFilter;
import io.dcim.inventory.gpu.GpuSummary;
import io.dcim.inventory.label.LabelView;
import io.dcim.inventory.tag.ObjectType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;

/**
 * The GPUs fitted in one server, with their tags: its own panel so the device page stays short. Its
 * words come from the device page's bundle (Wicket looks a panel's keys up through the page it is on).
 */
class DeviceGpusPanel extends Panel {

    /** A server holds at most this many cards; one page of them is all of them. */
    private static final int MAX_CARDS = 64;

    @Inject
    private Services services;

    DeviceGpusPanel(String id, long deviceId) {
        super(id);
        IModel<List<GpuSummary>> gpus = LoadableDetachableModel.of(() -> services.gpuQueries()
                .page(new GpuFilter(null, null, null, null, deviceId), PageRequest.first(MAX_CARDS, "server")).items());
        // the cards' tags for the whole list at once, not a query per card
        IModel<Map<Long, LabelView>> gpuTags = LoadableDetachableModel.of(() -> services.labelling()
                .views(ObjectType.GPU, gpus.getObject().stream().map(GpuSummary::id).toList()));
        add(new Label("gpuCount", gpus.map(list -> Texts.of(this, "gpus", "count", Format.count(list.size())))));
        add(new ListView<>("gpus", gpus) {
            @Override
            protected void populateItem(ListItem<GpuSummary> item) {
                item.add(new Label("slot", item.getModel().map(GpuSummary::slotIndex)));
                item.add(new Label("gpuSerial", item.getModel().map(GpuSummary::serial)));
                item.add(new Label("gpuModel", item.getModel().map(GpuSummary::model)));
                item.add(new Label("gpuStatus", item.getModel().map(g -> Labels.of(g.status()))));
                item.add(new Label("gpuTenant", item.getModel().map(g -> g.tenantName() == null ? "—" : g.tenantName())));
                item.add(new TagChips("gpuTags", gpuTags.map(tags -> tags.getOrDefault(
                        item.getModelObject().id(), LabelView.NONE).tags())));
            }
        });
    }
}
