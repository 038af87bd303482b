package io.dcim.forecasting.usage;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** The tenant a Slurm account of a cluster bills: jobs of an unmapped account are refused at import. */
@Entity
@Audited
@Table(name = "usage_account_map")
public class AccountMapping extends ClusterMapping {

    private String account;
    private long tenantId;

    protected AccountMapping() {
    }

    AccountMapping(String cluster, String account, long tenantId) {
        set(cluster, account, tenantId);
    }

    final void set(String cluster, String account, long tenantId) {
        setCluster(cluster);
        this.account = account;
        this.tenantId = tenantId;
    }

    public String getAccount() { return account; }
    public long getTenantId() { return tenantId; }
}
