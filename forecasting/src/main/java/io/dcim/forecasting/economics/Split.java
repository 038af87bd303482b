package io.dcim.forecasting.economics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shares of an amount in proportion to weights, each to the fen, the last taking what rounding left so they add up. */
final class Split {

    private Split() {
    }

    static <K> Map<K, BigDecimal> of(BigDecimal amount, Map<K, BigDecimal> weights) {
        Map<K, BigDecimal> shares = new LinkedHashMap<>();
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return shares;
        }
        BigDecimal given = BigDecimal.ZERO;
        int i = 0;
        for (Map.Entry<K, BigDecimal> e : weights.entrySet()) {
            BigDecimal share = ++i == weights.size() ? amount.subtract(given)
                    : amount.multiply(e.getValue()).divide(total, 2, RoundingMode.HALF_UP);
            shares.put(e.getKey(), share);
            given = given.add(share);
        }
        return shares;
    }

    /** Every line of {@code costs} split by the same weights. */
    static <K> Map<K, CostAmounts> costs(CostAmounts costs, Map<K, BigDecimal> weights) {
        Map<K, BigDecimal> d = of(costs.depreciation(), weights);
        Map<K, BigDecimal> l = of(costs.lease(), weights);
        Map<K, BigDecimal> e = of(costs.electricity(), weights);
        Map<K, BigDecimal> o = of(costs.outsourced(), weights);
        Map<K, BigDecimal> s = of(costs.support(), weights);
        Map<K, CostAmounts> shares = new LinkedHashMap<>();
        for (K k : d.keySet()) {
            shares.put(k, new CostAmounts(d.get(k), l.get(k), e.get(k), o.get(k), s.get(k)));
        }
        return shares;
    }
}
