package io.dcim.power.energy;

import java.io.Serializable;

/** A supply contract as the doors show it, with the version an edit must name. */
public record ContractView(long id, int version, long siteId, ContractTerms terms) implements Serializable {

    static ContractView of(SupplyContract c) {
        return new ContractView(c.getId(), c.getVersion(), c.getSiteId(), c.terms());
    }
}
