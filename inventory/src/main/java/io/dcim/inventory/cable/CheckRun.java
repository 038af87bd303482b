package io.dcim.inventory.cable;

import io.dcim.common.persistence.Identified;
import io.dcim.inventory.site.Site;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A site's latest cabling check: when and from what the links were read, the counts by outcome and the
 * devices that did not answer; its findings are {@link CheckRunFinding}s. Written by the check, never
 * edited, so neither versioned nor audited.
 */
@Entity
@Table(name = "cabling_check_run")
public class CheckRun extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Site site;

    private Instant checkedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CheckSource source;

    private int devicesRead;

    /** The devices that did not answer, one per line. */
    private String silent;

    private long okCount;
    private long missingCount;
    private long miswiredCount;
    private long unexpectedCount;

    protected CheckRun() {
    }

    CheckRun(Site site, Instant checkedAt, CheckSource source, int devicesRead, List<String> silent,
            Map<CheckOutcome, Long> counts) {
        this.site = site;
        this.checkedAt = checkedAt;
        this.source = source;
        this.devicesRead = devicesRead;
        this.silent = silent.isEmpty() ? null : abbreviate(String.join("\n", silent));
        this.okCount = counts.getOrDefault(CheckOutcome.OK, 0L);
        this.missingCount = counts.getOrDefault(CheckOutcome.MISSING, 0L);
        this.miswiredCount = counts.getOrDefault(CheckOutcome.MISWIRED, 0L);
        this.unexpectedCount = counts.getOrDefault(CheckOutcome.UNEXPECTED, 0L);
    }

    private static String abbreviate(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }

    public Site getSite() { return site; }
    public Instant getCheckedAt() { return checkedAt; }
    public CheckSource getSource() { return source; }
    public int getDevicesRead() { return devicesRead; }

    public List<String> getSilent() {
        return silent == null ? List.of() : List.of(silent.split("\n"));
    }

    public Map<CheckOutcome, Long> getCounts() {
        Map<CheckOutcome, Long> counts = new EnumMap<>(CheckOutcome.class);
        counts.put(CheckOutcome.OK, okCount);
        counts.put(CheckOutcome.MISSING, missingCount);
        counts.put(CheckOutcome.MISWIRED, miswiredCount);
        counts.put(CheckOutcome.UNEXPECTED, unexpectedCount);
        return counts;
    }
}
