package io.dcim.power.chain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * What every recorded part of a chain has: an id from the chain's one sequence and the version an edit must name.
 */
@MappedSuperclass
@Audited
public abstract class ChainPart {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "power_chain_seq")
    @SequenceGenerator(name = "power_chain_seq", sequenceName = "power_chain_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    public Long getId() { return id; }
    public int getVersion() { return version; }
}
