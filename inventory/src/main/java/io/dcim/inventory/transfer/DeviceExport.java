package io.dcim.inventory.transfer;

import io.dcim.common.persistence.Database;
import io.dcim.common.table.Pages;
import io.dcim.common.table.TableWriter;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceQueries;
import io.dcim.inventory.device.DeviceRecord;
import io.dcim.inventory.field.CustomField;
import io.dcim.inventory.field.FieldValues;
import io.dcim.inventory.label.LabelView;
import io.dcim.inventory.label.Labelling;
import io.dcim.inventory.tag.ObjectType;
import io.dcim.inventory.tag.TagChip;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the devices a filter selects in the import layout, so that a list can be exported,
 * edited and fed back. Pages of a thousand devices keep memory flat at any site size.
 */
public final class DeviceExport {

    private final Database db;
    private final DeviceQueries queries;

    public DeviceExport(Database db, DeviceQueries queries) {
        this.db = db;
        this.queries = queries;
    }

    public long write(DeviceFilter filter, TableWriter out) {
        return write(filter, out, java.util.Locale.ROOT);
    }

    /** As {@link #write(DeviceFilter, TableWriter)}, headed in {@code locale}'s language (the import reads either). */
    public long write(DeviceFilter filter, TableWriter out, java.util.Locale locale) {
        List<CustomField> fields = db.read(session -> FieldValues.definitions(session, ObjectType.DEVICE));
        out.header(DeviceColumns.heads(locale, fields));
        Labelling labelling = new Labelling(db);
        return Pages.forEach("assetTag", request -> queries.records(filter, request), page -> {
            List<Long> ids = page.items().stream().map(DeviceRecord::id).toList();
            Map<Long, List<String>> cards = gpuSerials(ids);
            Map<Long, LabelView> labels = labelling.views(ObjectType.DEVICE, ids);
            for (DeviceRecord d : page.items()) {
                LabelView label = labels.getOrDefault(d.id(), LabelView.NONE);
                List<Object> row = new ArrayList<>(Arrays.asList(d.assetTag(), d.serial(), d.name(),
                        d.manufacturer() + " " + d.model(), d.status(), d.siteName(), d.roomName(), d.cabinetName(),
                        d.positionU(), d.face(), d.tenantName(), DeviceColumns.joinSerials(cards.getOrDefault(d.id(), List.of())),
                        d.notes(), String.join(";", label.tags().stream().map(TagChip::slug).toList())));
                fields.forEach(f -> row.add(label.customFields().get(f.getKey())));
                out.row(row);
            }
        });
    }

    /** A template: the header and two example rows (a GPU server in a cabinet, a switch in stock). */
    public static void template(TableWriter out) {
        template(out, java.util.Locale.ROOT);
    }

    /** The template headed in {@code locale}'s language. */
    public static void template(TableWriter out, java.util.Locale locale) {
        out.header(DeviceColumns.heads(locale));
        out.row(Arrays.asList("IM-SRV-000001", "SN-0001", "gpu-node-001", "Dell PowerEdge XE9680 8x H100 SXM5", "INSTALLED",
                "Inner Mongolia AI Computing Base", "Hall 1", "A01", 2, "FRONT", "Inner Mongolia University",
                "GPU-S-0001;GPU-S-0002;GPU-S-0003;GPU-S-0004;GPU-S-0005;GPU-S-0006;GPU-S-0007;GPU-S-0008",
                "8-GPU server: the cards are listed in gpu_serials", "training-pool"));
        out.row(Arrays.asList("IM-SW-000001", "SN-0002", "", "H3C S6850-56HF leaf 48x25G 8x100G", "RECEIVED", "", "", "",
                null, null, "", "", "in stock: no site, room or cabinet", ""));
    }

    private Map<Long, List<String>> gpuSerials(List<Long> deviceIds) {
        if (deviceIds.isEmpty()) {
            return Map.of();
        }
        return db.read(session -> {
            Map<Long, List<String>> serials = new HashMap<>();
            session.createQuery("select g.server.id, g.serial from Gpu g where g.server.id in :ids"
                            + " order by g.server.id, g.slotIndex", Object[].class)
                    .setParameter("ids", deviceIds).getResultList()
                    .forEach(row -> serials.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
            return serials;
        });
    }
}
