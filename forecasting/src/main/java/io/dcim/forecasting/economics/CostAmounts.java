package io.dcim.forecasting.economics;

import java.math.BigDecimal;

/** The cost lines of a month, a class or a tenant, in CNY to the fen. */
public record CostAmounts(BigDecimal depreciation, BigDecimal lease, BigDecimal electricity, BigDecimal outsourced,
                          BigDecimal support) {

    public static final CostAmounts ZERO = new CostAmounts(Fen.ZERO, Fen.ZERO, Fen.ZERO, Fen.ZERO, Fen.ZERO);

    public BigDecimal total() {
        return depreciation.add(lease).add(electricity).add(outsourced).add(support);
    }

    public CostAmounts plus(CostAmounts o) {
        return new CostAmounts(depreciation.add(o.depreciation), lease.add(o.lease), electricity.add(o.electricity),
                outsourced.add(o.outsourced), support.add(o.support));
    }

    CostAmounts withDepreciation(BigDecimal amount) {
        return plus(new CostAmounts(amount, Fen.ZERO, Fen.ZERO, Fen.ZERO, Fen.ZERO));
    }

    CostAmounts withLease(BigDecimal amount) {
        return plus(new CostAmounts(Fen.ZERO, amount, Fen.ZERO, Fen.ZERO, Fen.ZERO));
    }

    CostAmounts withElectricity(BigDecimal amount) {
        return plus(new CostAmounts(Fen.ZERO, Fen.ZERO, amount, Fen.ZERO, Fen.ZERO));
    }

    CostAmounts withOutsourced(BigDecimal amount) {
        return plus(new CostAmounts(Fen.ZERO, Fen.ZERO, Fen.ZERO, amount, Fen.ZERO));
    }

    CostAmounts withSupport(BigDecimal amount) {
        return plus(new CostAmounts(Fen.ZERO, Fen.ZERO, Fen.ZERO, Fen.ZERO, amount));
    }
}
