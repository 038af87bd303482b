package io.dcim.inventory.catalog;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.port.PortKind;
import io.dcim.inventory.port.PortTemplate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * The device and GPU model catalog. The fleet's models ship as data
 * ({@code /catalog/*.csv}) and are added to any database that lacks them, at every start,
 * so a new release can add models without a migration.
 */
public final class CatalogService {

    private final Database db;

    public CatalogService(Database db) {
        this.db = db;
    }

    public List<DeviceModel> deviceModels() {
        return db.read(session -> session.createQuery(
                "select m from DeviceModel m left join fetch m.defaultGpuModel order by m.kind, m.manufacturer, m.model",
                DeviceModel.class).getResultList());
    }

    public List<GpuModel> gpuModels() {
        return db.read(session -> session.createQuery("from GpuModel order by vendor, name", GpuModel.class)
                .getResultList());
    }

    /**
     * Adds the shipped models this database has never been given; returns how many were added. A shipped model
     * given once and then renamed or deleted by people stays as they left it.
     */
    public int ensureReferenceData() {
        return db.inTransaction(session -> {
            int added = 0;
            java.util.Set<String> given = new java.util.HashSet<>(session.createQuery(
                    "select e.entryKey from ShippedEntry e", String.class).getResultList());
            Map<String, GpuModel> gpus = byKey(session, GpuModel.class, GpuModel::getName);
            for (String[] f : rows("/catalog/gpu-models.csv")) {
                if (firstTime(session, given, "gpu:" + f[0]) && !gpus.containsKey(f[0])) {
                    GpuModel gpu = new GpuModel(f[0], f[1], Integer.parseInt(f[3]));
                    gpu.setMemoryGb(integerOrNull(f[2]));
                    gpu.setSystemWPerGpu(integerOrNull(f[4]));
                    gpu.setPeakBf16Tflops(f[5].isEmpty() ? null : new BigDecimal(f[5]));
                    session.persist(gpu);
                    gpus.put(gpu.getName(), gpu);
                    added++;
                }
            }
            Map<String, DeviceModel> devices = byKey(session, DeviceModel.class, CatalogService::deviceKey);
            for (String[] f : rows("/catalog/device-models.csv")) {
                if (firstTime(session, given, "device:" + f[0] + "|" + f[1]) && !devices.containsKey(f[0] + "|" + f[1])) {
                    DeviceModel model = new DeviceModel(f[0], f[1], DeviceKind.valueOf(f[2]), Integer.parseInt(f[3]),
                            Boolean.parseBoolean(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]));
                    if (Integer.parseInt(f[7]) > 0) {
                        model.fitGpus(Integer.parseInt(f[7]), gpus.get(f[8]));
                    }
                    session.persist(model);
                    devices.put(deviceKey(model), model);
                    added++;
                }
            }
            return added + ensurePortTemplates(session, devices, given);
        });
    }

    /** Port templates for the models that have none yet, so a model's ports are never half-described. */
    private static int ensurePortTemplates(Session session, Map<String, DeviceModel> devices, java.util.Set<String> given) {
        java.util.Set<Long> described = new java.util.HashSet<>(session.createQuery(
                "select distinct t.deviceModel.id from PortTemplate t", Long.class).getResultList());
        Map<Long, Integer> positions = new java.util.HashMap<>();
        int added = 0;
        for (String[] f : rows("/catalog/port-templates.csv")) {
            DeviceModel model = devices.get(f[0] + "|" + f[1]);
            if (model == null && given.contains("device:" + f[0] + "|" + f[1])) {
                continue; // a shipped model people renamed or deleted
            }
            if (model == null) {
                throw new IllegalStateException("port-templates.csv names an unknown model " + f[0] + " " + f[1]);
            }
            if (!described.contains(model.getId())) {
                int position = positions.merge(model.getId(), 1, Integer::sum);
                session.persist(new PortTemplate(model, f[2], PortKind.valueOf(f[3]), Integer.parseInt(f[4]),
                        Boolean.parseBoolean(f[5]), Boolean.parseBoolean(f[6]), position));
                added++;
            }
        }
        return added;
    }

    /** Whether the shipped entry is given for the first time (and records that it now is). */
    private static boolean firstTime(Session session, java.util.Set<String> given, String key) {
        if (given.contains(key)) {
            return false;
        }
        session.persist(new ShippedEntry(key));
        given.add(key);
        return true;
    }

    private static String deviceKey(DeviceModel model) {
        return model.getManufacturer() + "|" + model.getModel();
    }

    private static <T> Map<String, T> byKey(Session session, Class<T> type, Function<T, String> key) {
        return session.createQuery("from " + type.getSimpleName(), type).getResultList().stream()
                .collect(Collectors.toMap(key, Function.identity()));
    }

    private static Integer integerOrNull(String value) {
        return value.isEmpty() ? null : Integer.valueOf(value);
    }

    /** Data lines of a shipped CSV: comments and the header skipped, trailing empty fields kept. */
    private static List<String[]> rows(String resource) {
        try (InputStream in = CatalogService.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing catalog resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split(",", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
