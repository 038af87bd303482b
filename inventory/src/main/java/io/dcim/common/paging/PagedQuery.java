package io.dcim.common.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
     * The page in two steps: first the ids of its rows alone ({@code countOf} over the {@link #countingFrom narrower
     * FROM}, sorted and cut there), then the rows of those ids with the page's joins, put back in the ids' order.
     * Only for a sort naming columns of the narrower FROM. The joins then run for the page's rows only instead of
     * for every row up to the offset, and the sort can walk an index of the one table.
     *
     * @param idOf the id of a row, to put the rows back in the order of the ids
     */
    public Page<T> fetchIdsFirst(Session session, PageRequest request, Function<T, Long> idOf) {
        String where = where();
        Query<Long> ids = session.createQuery("select " + countOf + " " + countFrom + where + sortColumns.orderBy(request),
                        Long.class)
                .setFirstResult(request.offset())
                .setMaxResults(request.size());
        // count(*), not count(id): over the one table that is the same number, and PostgreSQL can then count the
        // entries of an index of the site (an index-only scan) instead of reading every row for its id.
        Query<Long> count = session.createQuery("select count(*) " + countFrom + where, Long.class);
        parameters.forEach((name, value) -> {
            ids.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Long> pageIds = ids.getResultList();
        List<T> rows = new ArrayList<>(pageIds.size());
        if (!pageIds.isEmpty()) {
            Map<Long, T> byId = new HashMap<>();
            session.createQuery(select + " " + from + " where " + countOf + " in :pageIds", rowType)
                    .setParameter("pageIds", pageIds).getResultList()
                    .forEach(row -> byId.put(idOf.apply(row), row));
            pageIds.stream().map(byId::get).filter(java.util.Objects::nonNull).forEach(rows::add);
        }
        // A page that is not full is the last one: it says the total without counting (an empty page is the
        // last only at the start; past the end the total may be any number below the offset).
        boolean last = pageIds.size() < request.size() && (!pageIds.isEmpty() || request.offset() == 0);
        long total = last ? (long) request.offset() + pageIds.size() : count.getSingleResult();
        return new Page<>(rows, total, request);
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

    /**
     * The row whose id ({@code countOf}) is {@code id}, if the conditions let it through: one object's line read
     * by the same select as the list shows it with, without a sort or a count.
     */
    public Optional<T> byId(Session session, long id) {
        where(countOf + " = :byId", "byId", id);
        Query<T> rows = session.createQuery(select + " " + from + where(), rowType).setMaxResults(1);
        parameters.forEach(rows::setParameter);
        return rows.getResultList().stream().findFirst();
    }

    private String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
