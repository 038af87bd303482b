package io.dcim.common.paging;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sortable columns of one query, from the names callers use to the SQL expression.
 * Only listed names reach the SQL, so a sort parameter can never inject anything.
 */
public final class SortColumns {

    private final Map<String, String> expressions;
    private final String defaultName;
    private final String tieBreaker;

    public SortColumns(String defaultName, String tieBreaker, Map<String, String> expressions) {
        this.expressions = Map.copyOf(expressions);
        this.defaultName = defaultName;
        this.tieBreaker = tieBreaker;
    }

    /** An ORDER BY clause that is stable across pages (ties broken by the id). */
    public String orderBy(PageRequest request) {
        String name = request.sort() == null || request.sort().isBlank() ? defaultName : request.sort();
        String expression = expressions.get(name);
        if (expression == null) {
            throw new InvalidValueException("sort", Message.of("common.paging.unknownColumn", name,
                    String.valueOf(expressions.keySet())));
        }
        String direction = request.ascending() ? " asc" : " desc";
        String columns = Arrays.stream(expression.split(","))
                .map(column -> column.trim() + direction)
                .collect(Collectors.joining(", "));
        return " order by " + columns + ", " + tieBreaker + direction;
    }
}
