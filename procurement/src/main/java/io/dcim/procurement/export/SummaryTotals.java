package io.dcim.procurement.export;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Depreciation by month and asset class, added up exactly (BigDecimal) while the detail rows
 * stream past, so the summary equals the detail without reading anything back.
 */
final class SummaryTotals {

    private final TreeMap<YearMonth, Map<String, BigDecimal>> byMonth = new TreeMap<>();
    private final SortedSet<String> classes = new TreeSet<>();

    void add(YearMonth month, String assetClass, BigDecimal depreciation) {
        byMonth.computeIfAbsent(month, m -> new HashMap<>()).merge(assetClass, depreciation, BigDecimal::add);
        classes.add(assetClass);
    }

    SortedSet<String> classes() {
        return classes;
    }

    SortedSet<YearMonth> months() {
        return byMonth.navigableKeySet();
    }

    BigDecimal amount(YearMonth month, String assetClass) {
        return byMonth.getOrDefault(month, Map.of()).getOrDefault(assetClass, BigDecimal.ZERO);
    }

    BigDecimal monthTotal(YearMonth month) {
        return byMonth.getOrDefault(month, Map.of()).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal classTotal(String assetClass) {
        return byMonth.values().stream().map(m -> m.getOrDefault(assetClass, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal grandTotal() {
        return byMonth.keySet().stream().map(this::monthTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
