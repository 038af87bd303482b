package io.dcim.forecasting.usage;

import io.dcim.forecasting.history.GpuClass;

/**
 * A Slurm mapping as doors submit it: an account to a tenant ({@code tenantId}), or a partition to a site and
 * GPU class ({@code siteId}, {@code gpuClass}); {@code name} is the account or the partition.
 */
public record MappingInput(String cluster, String name, Long tenantId, Long siteId, GpuClass gpuClass) {

    public static MappingInput account(String cluster, String account, long tenantId) {
        return new MappingInput(cluster, account, tenantId, null, null);
    }

    public static MappingInput partition(String cluster, String partition, long siteId, GpuClass gpuClass) {
        return new MappingInput(cluster, partition, null, siteId, gpuClass);
    }
}
