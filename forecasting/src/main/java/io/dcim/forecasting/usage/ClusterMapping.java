package io.dcim.forecasting.usage;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * What every mapping of a Slurm name to what it bills has: an id from the mappings' one sequence, the version an
 * edit must name, and the cluster the name belongs to (two clusters may use the same account or partition name).
 */
@MappedSuperclass
@Audited
public abstract class ClusterMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "usage_mapping_seq")
    @SequenceGenerator(name = "usage_mapping_seq", sequenceName = "usage_mapping_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    private String cluster;

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public String getCluster() { return cluster; }

    // Not final: Hibernate proxies the two mapping entities and overrides every method they have.
    void setCluster(String cluster) {
        this.cluster = cluster;
    }
}
