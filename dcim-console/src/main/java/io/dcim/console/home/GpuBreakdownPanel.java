package io.dcim.console.home;

import io.dcim.app.Services;
import io.dcim.console.layout.Format;
import io.dcim.inventory.gpu.GpuCount;
import io.dcim.inventory.gpu.GpuStatus;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;

/** A site's GPUs by model and status, and by tenant (allocated vs idle), from one grouped query. */
class GpuBreakdownPanel extends Panel {

    @Inject
    private Services services;

    record ModelLine(String model, long inService, long faulty, long spare, long allocated) implements java.io.Serializable {
    }

    record TenantLine(String tenant, long gpus) implements java.io.Serializable {
    }

    GpuBreakdownPanel(String id, long siteId) {
        super(id);
        IModel<List<GpuCount>> counts = LoadableDetachableModel.of(
                () -> services.gpuQueries().breakdown(siteId));
        add(new ListView<>("models", counts.map(GpuBreakdownPanel::byModel)) {
            @Override
            protected void populateItem(ListItem<ModelLine> item) {
                ModelLine line = item.getModelObject();
                item.add(new Label("model", line.model()));
                item.add(new Label("inService", Format.count(line.inService())));
                item.add(new Label("faulty", Format.count(line.faulty())));
                item.add(new Label("spare", Format.count(line.spare())));
                item.add(new Label("allocated", Format.count(line.allocated())));
                item.add(new Label("idle", Format.count(line.inService() - line.allocated())));
            }
        });
        add(new ListView<>("tenants", counts.map(GpuBreakdownPanel::byTenant)) {
            @Override
            protected void populateItem(ListItem<TenantLine> item) {
                item.add(new Label("tenant", item.getModelObject().tenant()));
                item.add(new Label("tenantGpus", Format.count(item.getModelObject().gpus())));
            }
        });
    }

    static List<ModelLine> byModel(List<GpuCount> counts) {
        Map<String, List<GpuCount>> models = counts.stream().collect(Collectors.groupingBy(GpuCount::model, TreeMap::new,
                Collectors.toList()));
        return models.entrySet().stream().map(e -> new ModelLine(e.getKey(),
                sum(e.getValue(), GpuStatus.IN_SERVICE), sum(e.getValue(), GpuStatus.FAULTY), sum(e.getValue(), GpuStatus.SPARE),
                e.getValue().stream().filter(c -> c.tenant() != null && c.status() == GpuStatus.IN_SERVICE)
                        .mapToLong(GpuCount::count).sum())).toList();
    }

    static List<TenantLine> byTenant(List<GpuCount> counts) {
        Map<String, Long> tenants = counts.stream().filter(c -> c.tenant() != null)
                .collect(Collectors.groupingBy(GpuCount::tenant, TreeMap::new, Collectors.summingLong(GpuCount::count)));
        return tenants.entrySet().stream().map(e -> new TenantLine(e.getKey(), e.getValue())).toList();
    }

    private static long sum(List<GpuCount> counts, GpuStatus status) {
        return counts.stream().filter(c -> c.status() == status).mapToLong(GpuCount::count).sum();
    }
}
