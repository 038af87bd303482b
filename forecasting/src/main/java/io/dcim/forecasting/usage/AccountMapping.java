package io.dcim.forecasting.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** The tenant a Slurm account of a cluster bills: jobs of an unmapped account are refused at import. */
@Entity
@Audited
@Table(name = "usage_account_map")
public class AccountMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "usage_mapping_seq")
    @SequenceGenerator(name = "usage_mapping_seq", sequenceName = "usage_mapping_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    private String cluster;
    private String account;
    @Column(name = "tenant_id")
    private long tenantId;

    protected AccountMapping() {
    }

    AccountMapping(String cluster, String account, long tenantId) {
        set(cluster, account, tenantId);
    }

    final void set(String cluster, String account, long tenantId) {
        this.cluster = cluster;
        this.account = account;
        this.tenantId = tenantId;
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public String getCluster() { return cluster; }
    public String getAccount() { return account; }
    public long getTenantId() { return tenantId; }
}
