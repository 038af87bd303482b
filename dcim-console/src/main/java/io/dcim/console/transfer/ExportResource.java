package io.dcim.console.transfer;

import io.dcim.app.Services;
import io.dcim.common.table.Pages;
import io.dcim.common.table.TableFormat;
import io.dcim.common.table.TableWriter;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.cabinet.CabinetListPage;
import io.dcim.console.cabling.CableListPage;
import io.dcim.console.device.DeviceListPage;
import io.dcim.console.gpu.GpuListPage;
import io.dcim.console.wiring.Attachment;
import io.dcim.console.wiring.SignedInResource;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.inventory.gpu.GpuFilter;
import io.dcim.inventory.gpu.GpuSummary;
import io.dcim.inventory.transfer.DeviceExport;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.ResourceReference;

/**
 * Any filtered list as a CSV or XLSX download: the list's page filters come in the URL, the
 * file streams out page by page. Mounted at {@code /export/<list>?format=csv|xlsx&...filters}.
 */
public final class ExportResource extends SignedInResource {

    /** Filtered lists as CSV/XLSX downloads (and the import template). */
    public static final ResourceReference REFERENCE = reference(ExportResource.class, "export", ExportResource::new);

    public ExportResource() {
        super(401, "sign in first");
    }

    /** The lists that can be exported, by the name in the URL. */
    public static final List<String> LISTS = List.of("devices", "cabinets", "gpus", "cables", "cable-labels", "template");

    @Override
    protected ResourceResponse respond(DcimSession session, Attributes attributes, ResourceResponse response) {
        PageParameters parameters = attributes.getParameters();
        String list = parameters.get("list").toString("");
        if (!LISTS.contains(list)) {
            return response.setError(404, "no list called " + list);
        }
        TableFormat format = TableFormat.named("format", parameters.get("format").toOptionalString());
        // The session's language, read now: the callback runs when the session may be out of reach.
        java.util.Locale locale = org.apache.wicket.Session.get().getLocale();
        io.dcim.common.access.Caller caller = session.caller();
        return Attachment.of(format.contentType(), fileName(list, format), out -> {
            try (TableWriter writer = TableWriter.open(format, out)) {
                write(list, parameters, writer, locale, caller);
            }
        });
    }

    private String fileName(String list, TableFormat format) {
        String base = list.equals("template") ? "device-import-template" : list + "-" + LocalDate.now();
        return base + "." + format.extension();
    }

    private void write(String list, PageParameters parameters, TableWriter out, java.util.Locale locale,
            io.dcim.common.access.Caller caller) {
        switch (list) {
            case "cables" -> services().cabling().exports().write(caller, CableListPage.filterOf(parameters), out);
            case "cable-labels" -> services().cabling().exports().labels(caller, CableListPage.filterOf(parameters), out);
            case "devices" -> services().deviceExport().write(DeviceListPage.filterOf(parameters), out, locale);
            case "cabinets" -> cabinets(services(), CabinetListPage.filterOf(parameters, services()), out);
            case "gpus" -> gpus(services(), GpuListPage.filterOf(parameters), out);
            default -> DeviceExport.template(out, locale);
        }
    }

    private static void cabinets(Services services, CabinetFilter filter, TableWriter out) {
        out.header(List.of("cabinet", "room", "row", "height_u", "used_u", "free_u", "contracted_kw", "typical_kw",
                "headroom_kw", "devices"));
        Pages.forEach("name", request -> services.cabinetQueries().page(filter, request), page -> {
            for (CabinetSummary c : page.items()) {
                out.row(Arrays.asList(c.name(), c.roomName(), c.rowName(), c.heightU(), c.usedU(), c.freeU(),
                        c.contractedW() / 1000.0, c.typicalW() / 1000.0, c.headroomW() / 1000.0, c.deviceCount()));
            }
        });
    }

    private static void gpus(Services services, GpuFilter filter, TableWriter out) {
        out.header(List.of("serial", "model", "status", "server", "slot", "cabinet", "tenant"));
        Pages.forEach("serial", request -> services.gpuQueries().page(filter, request), page -> {
            for (GpuSummary g : page.items()) {
                out.row(Arrays.asList(g.serial(), g.model(), g.status(), g.serverAssetTag(), g.slotIndex(), g.cabinetName(),
                        g.tenantName()));
            }
        });
    }
}
