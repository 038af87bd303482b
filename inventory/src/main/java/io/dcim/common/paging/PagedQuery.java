package io.dcim.common.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.query.Query;

/**
 * Builds one filtered list query and its count from the same FROM and WHERE, so the page
 * and the total can never disagree. Conditions are added only for filters that are set.
 */
public final class PagedQuery<T> {

    private final Class<T> rowType;
    private final String select;
    private final String from;
    private final String countOf;
    private String countFrom;
    private final SortColumns sortColumns;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /**
     * @param select  the select clause building {@code rowType}, e.g. {@code select new …(…)}
     * @param from    the from clause with its joins
     * @param countOf what to count, e.g. {@code c.id}
     */
    public PagedQuery(Class<T> rowType, String select, String from, String countOf, SortColumns sortColumns) {
        this.rowType = rowType;
        this.select = select;
        this.from = from;
        this.countOf = countOf;
        this.countFrom = from;
        this.sortColumns = sortColumns;
    }

    /**
     * Counts over {@code narrowerFrom} instead of the page's FROM. Only for a FROM whose other
     * joins are left joins that match at most one row each (they add columns, never rows), and
     * conditions that name only its aliases: the total is then the same, and the database counts
     * one table's rows instead of joining all of them first (which it does not always see it can skip).
     */
    public PagedQuery<T> countingFrom(String narrowerFrom) {
        this.countFrom = narrowerFrom;
        return this;
    }

    /** Adds {@code condition} with its named parameter when the value is present. */
    public PagedQuery<T> where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Adds {@code condition} with several named parameters (all set), for conditions built from a filter's values. */
    public PagedQuery<T> where(String condition, Map<String, ?> values) {
        conditions.add(condition);
        parameters.putAll(values);
        return this;
    }

    public Page<T> fetch(Session session, PageRequest request) {
        String where = where();
        Query<T> rows = session.createQuery(select + " " + from + where + sortColumns.orderBy(request), rowType)
                .setFirstResult(request.offset())
                .setMaxResults(request.size());
        Query<Long> count = session.createQuery("select count(" + countOf + ") " + countFrom + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(rows.getResultList(), count.getSingleResult(), request);
    }

    /**
     * Every matching row sorted on {@code sort}, at most {@code max}, without a count: what a selection
     * spanning many pages ("all matching the filter") acts on.
     */
    public List<T> all(Session session, String sort, int max) {
        Query<T> rows = session.createQuery(select + " " + from + where() + sortColumns.orderBy(PageRequest.first(1, sort)),
                rowType).setMaxResults(max);
        parameters.forEach(rows::setParameter);
        return rows.getResultList();
    }

    private String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
