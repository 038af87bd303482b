package io.dcim.power;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.site.Room;
import io.dcim.power.alarm.AlarmEvent;
import io.dcim.power.alarm.AlarmService;
import io.dcim.power.alarm.ThresholdDefaults;
import io.dcim.power.alarm.ThresholdService;
import io.dcim.power.load.LoadService;
import io.dcim.power.load.LoadSettings;
import io.dcim.power.reading.PollStatusStore;
import io.dcim.power.reading.TargetReading;
import io.dcim.power.snmp.SnmpVersion;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetCredentials;
import io.dcim.power.endpoint.TargetRole;
import io.dcim.power.endpoint.TargetSpec;
import io.dcim.power.endpoint.TargetView;
import io.dcim.power.endpoint.TargetsFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A site with a room, cabinets and targets on them, and the derived-figure and alarm services over it, all on
 * a clock the test moves. Readings are appended directly: what the figures make of them is under test here,
 * not the polling.
 */
public final class PowerFixture {

    public final TargetsFixture base;
    public final Database db;
    public final PollStatusStore statuses;
    public final LoadService loads;
    public final ThresholdService thresholds;
    public final List<AlarmEvent> events = new CopyOnWriteArrayList<>();
    public final AlarmService alarms;
    public final long siteId;
    public final Room room;
    private int hosts;

    public PowerFixture(Database db) {
        this.db = db;
        this.base = new TargetsFixture(db);
        this.statuses = new PollStatusStore(db);
        this.loads = new LoadService(db, base.readings, base.clock, LoadSettings.DEFAULT);
        this.thresholds = new ThresholdService(db, ThresholdDefaults.SHIPPED);
        this.alarms = new AlarmService(db, loads, statuses, thresholds, events::add, base.clock);
        this.siteId = base.inventory.site.getId();
        this.room = base.inventory.room;
    }

    public Instant now() {
        return base.clock.instant();
    }

    public void advance(Duration d) {
        base.clock.advance(d);
    }

    public Cabinet cabinet(String name) {
        return base.inventory.cabinet(name);
    }

    public TargetView pdu(Cabinet cabinet, Feed feed) {
        return pdu(cabinet, feed, null);
    }

    public TargetView pdu(Cabinet cabinet, Feed feed, Integer breakerA) {
        return base.targets.create(TargetSpec.pdu("pdu-" + cabinet.getName() + "-" + feed, host(), SnmpVersion.V2C,
                TargetCredentials.community("c"), "apc-rpdu2", siteId, cabinet.getId(), feed)
                .withPower(TargetRole.PDU, feed, breakerA));
    }

    public TargetView ups(String name) {
        return floorTarget(name, TargetRole.UPS, "ups-mib", room.getId());
    }

    public TargetView meter(String name, Long roomId) {
        return floorTarget(name, TargetRole.METER, "entity-sensor", roomId);
    }

    public TargetView sensor(String name) {
        return floorTarget(name, TargetRole.SENSOR, "entity-sensor", room.getId());
    }

    private TargetView floorTarget(String name, TargetRole role, String profile, Long roomId) {
        return base.targets.create(TargetSpec.pdu(name, host(), SnmpVersion.V2C, TargetCredentials.community("c"),
                profile, siteId, null, null).withPlace(siteId, roomId, null).withPower(role, null, null));
    }

    /** Appends one reading of a target at {@code ago} before now. */
    public void read(TargetView target, String metric, double value, Duration ago) {
        base.readings.append(List.of(new TargetReading(target.id(), metric, now().minus(ago), value)));
    }

    /** Appends one reading of a target 10 s ago. */
    public void read(TargetView target, String metric, double value) {
        read(target, metric, value, Duration.ofSeconds(10));
    }

    /** One column of {@link #readHourly}: a target and the metric it reports. */
    public record Meter(TargetView target, String metric) {
    }

    /**
     * Appends readings at :00, :10 ... :50 of each hour from {@code from}: row h of {@code values} holds each meter's
     * value in hour h, in the order of {@code meters}, the same in all six readings so that the hour's mean is that
     * value; NaN is no reading that hour.
     */
    public void readHourly(Instant from, double[][] values, Meter... meters) {
        List<TargetReading> raw = new ArrayList<>();
        for (int h = 0; h < values.length; h++) {
            for (int m = 0; m < 60; m += 10) {
                Instant at = from.plus(Duration.ofHours(h)).plus(Duration.ofMinutes(m));
                for (int i = 0; i < meters.length; i++) {
                    if (!Double.isNaN(values[h][i])) {
                        raw.add(new TargetReading(meters[i].target().id(), meters[i].metric(), at, values[h][i]));
                    }
                }
            }
        }
        base.readings.append(raw);
    }

    private String host() {
        return "10.0.0." + (++hosts);
    }
}
