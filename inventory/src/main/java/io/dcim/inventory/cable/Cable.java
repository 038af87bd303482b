package io.dcim.inventory.cable;

import io.dcim.common.edit.Editable;
import io.dcim.inventory.site.Site;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A cable between ports of one site; its ends are {@link CableEnd}s (one A end, and one B end
 * or, for a breakout, one per lane). Labels are unique per site, ignoring case, because the
 * label is what an installer reads off the cable.
 */
@Entity
@Audited
@Table(name = "cable")
public class Cable implements Editable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cable_seq")
    @SequenceGenerator(name = "cable_seq", sequenceName = "cable_seq", allocationSize = 1000)
    private Long id;

    @Version
    @NotAudited
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Site site;

    private String label;

    private String labelKey;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "cable_type")
    private CableType type;

    private int lanes;

    @Column(name = "length_m")
    private BigDecimal lengthM;

    private String colour;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CableStatus status;

    @NotAudited
    @CreationTimestamp
    @Column(updatable = false)
    private Instant createdAt;

    @NotAudited
    @UpdateTimestamp
    private Instant updatedAt;

    protected Cable() {
    }

    public Cable(Site site, String label, CableType type, int lanes, BigDecimal lengthM, String colour, CableStatus status) {
        this.site = site;
        this.label = label;
        this.type = type;
        this.lanes = lanes;
        this.lengthM = lengthM;
        this.colour = colour;
        this.status = status;
    }

    public static String key(String label) {
        return label.trim().toUpperCase(Locale.ROOT);
    }

    @PrePersist
    @PreUpdate
    void deriveKey() {
        this.labelKey = key(label);
    }

    /** What persisting would have set, for a cable {@link CableRows} writes with JDBC. */
    void written(long id, Instant at) {
        this.id = id;
        this.createdAt = at;
        this.updatedAt = at;
        deriveKey();
    }

    String getLabelKey() { return labelKey; }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public Site getSite() { return site; }
    public String getLabel() { return label; }
    public CableType getType() { return type; }
    public int getLanes() { return lanes; }
    public BigDecimal getLengthM() { return lengthM; }
    public String getColour() { return colour; }
    public CableStatus getStatus() { return status; }

    void setLabel(String label) { this.label = label; }
    void setLengthM(BigDecimal lengthM) { this.lengthM = lengthM; }
    void setColour(String colour) { this.colour = colour; }
    void setStatus(CableStatus status) { this.status = status; }
}
