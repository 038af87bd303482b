package io.dcim.inventory.fabric;

import java.math.BigDecimal;

/** What the fabric costs at catalog prices, by item. */
public record FabricCost(String currency, BigDecimal switches, BigDecimal dacs, BigDecimal aocs, BigDecimal fibres,
        BigDecimal transceivers)
        implements java.io.Serializable {

    public BigDecimal total() {
        return switches.add(dacs).add(aocs).add(fibres).add(transceivers);
    }
}
