package io.dcim.web.api;

import io.dcim.common.access.Permission;

import io.dcim.common.table.Table;
import io.dcim.inventory.transfer.ImportReport;
import io.dcim.web.Services;
import io.dcim.web.transfer.Uploads;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreadsheet imports over the API: the body is the CSV or XLSX file itself. A file with any
 * failing row answers 422 with every problem and writes nothing; {@code ?dryRun=true} only checks.
 */
final class TransferApi {

    private final Services services;

    TransferApi(Services services) {
        this.services = services;
    }

    void register(List<Route> routes) {
        routes.add(Route.of("POST", "/imports/devices", this::importDevices));
    }

    private Object importDevices(ApiRequest r) {
        r.require(Permission.INVENTORY_IMPORT);
        boolean dryRun = "true".equalsIgnoreCase(r.query("dryRun"));
        Table table = Uploads.read(r.rawBody(Uploads.MAX_BYTES));
        ImportReport report = dryRun ? services.deviceImport().check(table, done -> { })
                : services.deviceImport().apply(table, done -> { });
        if (report.isValid()) {
            return report;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", report.problems().size() + " problem(s) in the file; nothing was imported");
        body.put("field", "file");
        body.put("detail", report);
        return new Route.Response(422, body);
    }
}
