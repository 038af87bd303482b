package io.dcim.forecasting.history;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Daily utilization per site and resource, built from the other modules: GPUs (total, in service, allocated)
 * in total and by {@link GpuClass}, IT power (measured when power-cooling measures it, else the devices'
 * typical draw) against contracted power, cabinets and U occupied. A scheduler calls {@link #snapshotAll()}
 * once a day (calling it again the same day replaces that day's figures); pages and the capacity plan read
 * {@link #series}.
 */
public final class UtilizationHistory {

    private final Clock clock;
    private final SnapshotReader reader;
    private final HistoryStore store;

    /** @param load the measured draw of power-cooling ({@link LoadSource#of}), empty when power is not monitored */
    public UtilizationHistory(Database db, Clock clock, Optional<LoadSource> load) {
        this.clock = clock;
        this.reader = new SnapshotReader(db, load);
        this.store = new HistoryStore(db);
    }

    /** Today's snapshot (in the clock's zone) of every site; returns the day written. */
    public LocalDate snapshotAll() {
        LocalDate today = LocalDate.now(clock);
        snapshot(today);
        return today;
    }

    /**
     * Records what every site holds now as the figures of {@code day}, replacing any already stored for it.
     *
     * @return rows written (sites × resources and GPU classes)
     */
    public int snapshot(LocalDate day) {
        if (day == null) {
            throw new InvalidValueException("day", Message.of("common.field.required"));
        }
        List<SnapshotRow> rows = reader.readAll();
        store.replaceDay(day, rows);
        return rows.size();
    }

    /** The daily series of {@code resource} at the site over [from, to], all GPU classes together. */
    public UtilizationSeries series(long siteId, Resource resource, LocalDate from, LocalDate to) {
        return series(siteId, resource, GpuClass.ALL, from, to);
    }

    /** The daily GPU series of one class ({@link GpuClass#name()}) at the site over [from, to]. */
    public UtilizationSeries series(long siteId, GpuClass gpuClass, LocalDate from, LocalDate to) {
        return series(siteId, Resource.GPU, gpuClass.name(), from, to);
    }

    /** The GPU classes the site has history for. */
    public List<GpuClass> gpuClasses(long siteId) {
        return store.gpuClasses(siteId).stream().map(GpuClass::valueOf).toList();
    }

    private UtilizationSeries series(long siteId, Resource resource, String gpuClass, LocalDate from, LocalDate to) {
        if (resource == null) {
            throw new InvalidValueException("resource", Message.of("common.field.required"));
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidValueException("to", Message.of("forecasting.history.dayRange"));
        }
        return new UtilizationSeries(siteId, resource, gpuClass, store.series(siteId, resource, gpuClass, from, to));
    }

    Clock clock() {
        return clock;
    }

    HistoryStore store() {
        return store;
    }
}
