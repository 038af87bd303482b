package io.dcim.power.remote;

import io.dcim.common.persistence.VersionedEntity;
import io.dcim.inventory.site.Site;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A remote site's collector: the same jar run in collector mode behind the site's firewall, polling its site's
 * targets (all of them, or those chosen for it) and pushing readings to the central API with its own token.
 *
 * <p>What people edit (name, site, scope) moves the version; what the collector reports (contact, newest reading,
 * buffer, the batch stream) is written by bulk updates of {@link RemoteCollectors} and does not, so a push never
 * makes an admin's form stale. The token is kept only as a digest and has no getter beyond its prefix.
 */
@Entity
@Table(name = "remote_collector")
public class RemoteCollector extends VersionedEntity {

    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id")
    private Site site;

    @Column(name = "whole_site")
    private boolean wholeSite;

    @Column(name = "token_prefix")
    private String tokenPrefix;
    @Column(name = "token_digest")
    private String tokenDigest;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "last_contact_at", insertable = false, updatable = false)
    private Instant lastContactAt;
    @Column(name = "newest_reading_at", insertable = false, updatable = false)
    private Instant newestReadingAt;
    @Column(name = "buffer_batches", insertable = false, updatable = false)
    private long bufferBatches;
    @Column(name = "buffer_bytes", insertable = false, updatable = false)
    private long bufferBytes;
    @Column(name = "dropped_batches", insertable = false, updatable = false)
    private long droppedBatches;
    @Column(name = "agent_version", insertable = false, updatable = false)
    private String agentVersion;
    @Column(name = "stream_id", insertable = false, updatable = false)
    private String streamId;
    @Column(name = "last_sequence", insertable = false, updatable = false)
    private long lastSequence;
    @Column(name = "batches_received", insertable = false, updatable = false)
    private long batchesReceived;
    @Column(name = "readings_received", insertable = false, updatable = false)
    private long readingsReceived;

    protected RemoteCollector() {
    }

    RemoteCollector(Site site, Instant createdAt) {
        this.site = site;
        this.createdAt = createdAt;
    }

    public String getName() { return name; }
    public Site getSite() { return site; }
    public boolean isWholeSite() { return wholeSite; }
    public String getTokenPrefix() { return tokenPrefix; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastContactAt() { return lastContactAt; }
    public Instant getNewestReadingAt() { return newestReadingAt; }
    public long getBufferBatches() { return bufferBatches; }
    public long getBufferBytes() { return bufferBytes; }
    public long getDroppedBatches() { return droppedBatches; }
    public String getAgentVersion() { return agentVersion; }
    public long getLastSequence() { return lastSequence; }
    public long getBatchesReceived() { return batchesReceived; }
    public long getReadingsReceived() { return readingsReceived; }

    String streamId() { return streamId; }

    void setName(String name) { this.name = name; }
    void setScope(Site site, boolean wholeSite) {
        this.site = site;
        this.wholeSite = wholeSite;
    }
    void setToken(String prefix, String digest) {
        this.tokenPrefix = prefix;
        this.tokenDigest = digest;
    }

    @Override
    public String toString() {
        return "RemoteCollector[id=" + getId() + ", name=" + name + ", token " + tokenPrefix + "****]";
    }
}
