package io.dcim.power.server;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.gpu.GpuDirectory;
import io.dcim.power.endpoint.RedfishTargetView;
import io.dcim.power.endpoint.RedfishTargets;
import io.dcim.power.profile.Metrics;
import io.dcim.power.reading.LatestReading;
import io.dcim.power.reading.PollStatus;
import io.dcim.power.reading.PollStatusStore;
import io.dcim.power.reading.ReadingStore;
import io.dcim.power.reading.TargetReading;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A server's power as its BMC reports it: the latest {@code server.power.w} of its Redfish endpoint and the
 * latest {@code gpu.power.w[serial]} of each card, matched to the inventory's cards by serial number.
 */
public final class ServerPowerService {

    private static final String GPU_PREFIX = Metrics.GPU_POWER_W + "[";

    private final Database db;
    private final RedfishTargets targets;
    private final ReadingStore readings;
    private final PollStatusStore statuses;

    public ServerPowerService(Database db, RedfishTargets targets, ReadingStore readings, PollStatusStore statuses) {
        this.db = db;
        this.targets = targets;
        this.readings = readings;
        this.statuses = statuses;
    }

    /** The device's power; without a Redfish endpoint, only its id and its cards (no figures). */
    public ServerPower of(long deviceId) {
        List<GpuDirectory.Card> cards = db.read(session -> GpuDirectory.inServer(session, deviceId));
        Optional<RedfishTargetView> endpoint = targets.ofDevice(deviceId);
        if (endpoint.isEmpty()) {
            List<ServerPower.GpuPower> gpus = cards.stream()
                    .map(c -> new ServerPower.GpuPower(c.id(), c.slot(), c.serial(), null)).toList();
            return new ServerPower(deviceId, null, null, null, null, null, null, gpus);
        }
        long targetId = endpoint.get().id();
        LatestReading server = readings.latest(List.of(targetId), Metrics.SERVER_POWER_W).get(targetId);
        Map<String, LatestReading> byKey = readings.latestOfTarget(targetId, GPU_PREFIX);
        List<ServerPower.GpuPower> gpus = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        for (GpuDirectory.Card c : cards) {
            String key = TargetReading.metricKey(Metrics.GPU_POWER_W, c.serial());
            matched.add(key);
            gpus.add(new ServerPower.GpuPower(c.id(), c.slot(), c.serial(), watts(byKey.get(key))));
        }
        byKey.forEach((key, reading) -> {
            if (!matched.contains(key)) {
                gpus.add(new ServerPower.GpuPower(null, null, key.substring(GPU_PREFIX.length(), key.length() - 1),
                        watts(reading)));
            }
        });
        PollStatus status = statuses.find(targetId).orElse(null);
        return new ServerPower(deviceId, endpoint.get().siteId(), targetId, endpoint.get().endpoint(), status == null ? null : status.outcome(),
                status == null ? null : status.polledAt(), watts(server), gpus);
    }

    private static ServerPower.Watts watts(LatestReading reading) {
        return reading == null ? null : new ServerPower.Watts(Math.round(reading.value()), reading.at());
    }
}
