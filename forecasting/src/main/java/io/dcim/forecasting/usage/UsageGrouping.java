package io.dcim.forecasting.usage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How {@link UsageQueries#totals} groups usage. Keys: a day {@code 2025-03-14}, a month {@code 2025-03}, a GPU
 * class by its {@link io.dcim.forecasting.history.GpuClass} name ({@code H100_CLASS}), a tenant by its id
 * ({@code 17}); the combinations join the month and the second part with {@link #SEPARATOR}
 * ({@code 2025-03|H100_CLASS}, {@code 2025-03|17}), which {@link #parts} splits again.
 */
public enum UsageGrouping {
    DAY(false, false),
    MONTH(false, false),
    GPU_CLASS(true, false),
    TENANT(false, true),
    MONTH_GPU_CLASS(true, false),
    MONTH_TENANT(false, true);

    public static final String SEPARATOR = "|";

    private static final DateTimeFormatter MONTH_KEY = DateTimeFormatter.ofPattern("yyyy-MM");

    private final boolean byClass;
    private final boolean byTenant;

    UsageGrouping(boolean byClass, boolean byTenant) {
        this.byClass = byClass;
        this.byTenant = byTenant;
    }

    /** Whether the key names a GPU class. */
    public boolean byClass() {
        return byClass;
    }

    /** Whether the key names a tenant. */
    public boolean byTenant() {
        return byTenant;
    }

    /** The key of usage on {@code day} of GPU class {@code gpuClass} billed to tenant {@code tenantId}. */
    String key(LocalDate day, String gpuClass, long tenantId) {
        return switch (this) {
            case DAY -> day.toString();
            case MONTH -> day.format(MONTH_KEY);
            case GPU_CLASS -> gpuClass;
            case TENANT -> Long.toString(tenantId);
            case MONTH_GPU_CLASS -> day.format(MONTH_KEY) + SEPARATOR + gpuClass;
            case MONTH_TENANT -> day.format(MONTH_KEY) + SEPARATOR + tenantId;
        };
    }

    /** The key's parts: one for the plain groupings, the month and the class or tenant for the combinations. */
    public static String[] parts(String key) {
        int at = key.indexOf(SEPARATOR);
        return at < 0 ? new String[] {key} : new String[] {key.substring(0, at), key.substring(at + 1)};
    }
}
