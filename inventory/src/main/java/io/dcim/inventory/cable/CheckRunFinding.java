package io.dcim.inventory.cable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One port of a stored check that was not OK (a {@link CheckFinding} kept with its run). */
@Entity
@Table(name = "cabling_check_finding")
public class CheckRunFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cabling_check_finding_seq")
    @SequenceGenerator(name = "cabling_check_finding_seq", sequenceName = "cabling_check_finding_seq",
            allocationSize = 1000)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private CheckRun run;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CheckOutcome outcome;

    private String device;
    private String port;
    private Long cableId;
    private String cableLabel;
    private String expectedDevice;
    private String expectedPort;
    private String seenDevice;
    private String seenPort;
    private Long portId;

    protected CheckRunFinding() {
    }

    CheckRunFinding(CheckRun run, CheckFinding f) {
        this.run = run;
        this.outcome = f.outcome();
        this.device = cut(f.device(), 128);
        this.port = cut(f.port(), 128);
        this.cableId = f.cableId();
        this.cableLabel = f.cableLabel();
        this.expectedDevice = cut(f.expectedDevice(), 128);
        this.expectedPort = cut(f.expectedPort(), 128);
        this.seenDevice = cut(f.seenDevice(), 255);
        this.seenPort = cut(f.seenPort(), 255);
        this.portId = f.portId();
    }

    /** What a switch reports is not ours to bound; the stored copy is cut to the column. */
    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
