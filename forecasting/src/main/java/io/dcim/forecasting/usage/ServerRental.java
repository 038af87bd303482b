package io.dcim.forecasting.usage;

import io.dcim.common.persistence.TimestampedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * Whole servers a tenant rents by the month, prepaid: every card of every server counts as used, every hour of
 * the term [start, start + months), whatever runs on it. The servers are counted (with their cards and cores)
 * rather than named, as the contract counts them.
 */
@Entity
@Audited
@Table(name = "server_rental")
public class ServerRental extends TimestampedEntity {

    private long tenantId;
    private long siteId;
    private String gpuClass;
    private int servers;
    private int cardsPerServer;
    private int coresPerServer;
    private LocalDate startDate;
    private int months;
    private String note;

    protected ServerRental() {
    }

    ServerRental(RentalInput input) {
        apply(input);
    }

    final void apply(RentalInput input) {
        this.tenantId = input.tenantId();
        this.siteId = input.siteId();
        this.gpuClass = input.gpuClass().name();
        this.servers = input.servers();
        this.cardsPerServer = input.cardsPerServer();
        this.coresPerServer = input.coresPerServer();
        this.startDate = input.startDate();
        this.months = input.months();
        this.note = input.note();
    }

    /** The first day the servers are no longer rented. */
    public LocalDate endDate() {
        return startDate.plusMonths(months);
    }

    public long cards() {
        return (long) servers * cardsPerServer;
    }

    public long cores() {
        return (long) servers * coresPerServer;
    }

    public long getTenantId() { return tenantId; }
    public long getSiteId() { return siteId; }
    public String getGpuClass() { return gpuClass; }
    public int getServers() { return servers; }
    public int getCardsPerServer() { return cardsPerServer; }
    public int getCoresPerServer() { return coresPerServer; }
    public LocalDate getStartDate() { return startDate; }
    public int getMonths() { return months; }
    public String getNote() { return note; }
}
