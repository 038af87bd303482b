package io.dcim.console.layout;

import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import java.io.Serializable;
import java.util.Iterator;
import org.apache.wicket.extensions.markup.html.repeater.data.sort.SortOrder;
import org.apache.wicket.extensions.markup.html.repeater.util.SortableDataProvider;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;

/**
 * Feeds a Wicket data table from a service query that pages and sorts in the database. The
 * page fetched for the rows also answers the total, so a render costs one list query and one
 * count; it is dropped at detach so nothing stays in the session.
 */
public class PagedDataProvider<T extends Serializable> extends SortableDataProvider<T, String> {

    /** The query: a serializable lambda over the services, e.g. {@code r -> services().cabinets().page(filter, r)}. */
    @FunctionalInterface
    public interface Query<T> extends Serializable {
        Page<T> fetch(PageRequest request);
    }

    private final Query<T> query;
    private int rowsPerPage;
    private transient Page<T> fetched;
    private transient long fetchedFirst = -1;

    public PagedDataProvider(Query<T> query, int rowsPerPage, String defaultSort) {
        this.query = query;
        this.rowsPerPage = rowsPerPage;
        setSort(defaultSort, SortOrder.ASCENDING);
    }

    /** The page size the table shows, when the reader chose one ({@link ListTable}). */
    public void setRowsPerPage(int rowsPerPage) {
        this.rowsPerPage = rowsPerPage;
        detach();
    }

    @Override
    public Iterator<? extends T> iterator(long first, long count) {
        return page(first).items().iterator();
    }

    @Override
    public long size() {
        return page(fetchedFirst < 0 ? 0 : fetchedFirst).total();
    }

    private Page<T> page(long first) {
        if (fetched == null || fetchedFirst != first) {
            String sort = getSort() == null ? null : getSort().getProperty();
            boolean ascending = getSort() == null || getSort().isAscending();
            fetched = query.fetch(new PageRequest((int) (first / rowsPerPage), rowsPerPage, sort, ascending));
            fetchedFirst = first;
        }
        return fetched;
    }

    @Override
    public IModel<T> model(T object) {
        return Model.of(object);
    }

    @Override
    public void detach() {
        fetched = null;
        fetchedFirst = -1;
    }
}
