package io.dcim.forecasting.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * The site and GPU class ({@link io.dcim.forecasting.history.GpuClass} name) a Slurm partition of a cluster runs
 * on: where its jobs' card-hours count. Jobs of an unmapped partition are refused at import.
 */
@Entity
@Audited
@Table(name = "usage_partition_map")
public class PartitionMapping extends ClusterMapping {

    @Column(name = "partition_name")
    private String partition;
    private long siteId;
    private String gpuClass;

    protected PartitionMapping() {
    }

    PartitionMapping(String cluster, String partition, long siteId, String gpuClass) {
        set(cluster, partition, siteId, gpuClass);
    }

    final void set(String cluster, String partition, long siteId, String gpuClass) {
        setCluster(cluster);
        this.partition = partition;
        this.siteId = siteId;
        this.gpuClass = gpuClass;
    }

    public String getPartition() { return partition; }
    public long getSiteId() { return siteId; }
    public String getGpuClass() { return gpuClass; }
}
