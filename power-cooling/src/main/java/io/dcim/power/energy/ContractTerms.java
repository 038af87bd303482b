package io.dcim.power.energy;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What people enter for a supply contract: the supplier, the first and last day it covers (both included), and
 * either the renewable kWh it delivers over that period or the renewable share of what the site draws, in %.
 */
public record ContractTerms(String supplier, LocalDate validFrom, LocalDate validTo, Long renewableKwh,
                            BigDecimal renewableSharePct) implements Serializable {
}
