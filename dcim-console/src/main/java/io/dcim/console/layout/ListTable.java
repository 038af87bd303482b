package io.dcim.console.layout;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.apache.wicket.extensions.markup.html.repeater.data.sort.SortOrder;
import org.apache.wicket.extensions.markup.html.repeater.data.table.DataTable;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.NoRecordsToolbar;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The table every filtered list shows: paged and sorted in the database, with the sort, its direction,
 * the rows per page and the page number kept in the URL beside the list's filters ({@code ?site=1&sort=name
 * &dir=desc&size=100&page=3}). Every header, page and size is a plain link to such a URL, so a sorted,
 * paged list can be bookmarked or sent, and the browser's back button returns to the previous order.
 * A sort the table's columns do not offer, a size not among {@link #SIZES} or a page past the end is
 * ignored rather than failing the page, as filters are ({@link UrlParams}).
 */
public class ListTable<T extends Serializable> extends DataTable<T, String> {

    /** The page sizes a reader may choose. */
    public static final List<Integer> SIZES = List.of(25, 50, 100, 200);
    static final String SORT = "sort";
    static final String DIR = "dir";
    static final String SIZE = "size";
    static final String PAGE = "page";

    private final PagedDataProvider<T> rows;
    private final int defaultSize;

    public ListTable(String id, List<? extends IColumn<T, String>> columns, PagedDataProvider<T> rows, int defaultSize) {
        super(id, columns, rows, defaultSize);
        this.rows = rows;
        this.defaultSize = defaultSize;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        PageParameters url = url();
        int size = size();
        setItemsPerPage(size);
        rows.setRowsPerPage(size);
        String sort = UrlParams.text(url, SORT);
        if (sort != null && sortable(sort)) {
            rows.setSort(sort, "desc".equals(UrlParams.text(url, DIR)) ? SortOrder.DESCENDING : SortOrder.ASCENDING);
        }
        // built once the table is on its page: their links are that page's URL with one setting changed
        addTopToolbar(new ListHeaders<>(this));
        addBottomToolbar(new NoRecordsToolbar(this));
        addBottomToolbar(new ListPager(this));
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        Integer page = UrlParams.intParam(url(), PAGE);
        long last = Math.max(getPageCount() - 1, 0);
        setCurrentPage(page == null || page < 1 ? 0 : Math.min(page - 1, last));
    }

    /** The rows per page the URL asks for, or the list's own default. */
    public int size() {
        Integer size = UrlParams.intParam(url(), SIZE);
        return size != null && SIZES.contains(size) ? size : defaultSize;
    }

    /** The column sorted on now and whether ascending, as the provider holds them. */
    String sortedBy() {
        return rows.getSort() == null ? null : rows.getSort().getProperty();
    }

    boolean ascending() {
        return rows.getSort() == null || rows.getSort().isAscending();
    }

    private boolean sortable(String property) {
        return getColumns().stream().anyMatch(c -> c.isSortable() && property.equals(c.getSortProperty()));
    }

    /** A link to this list with the same filters and one more setting changed (the page restarts unless set). */
    BookmarkablePageLink<Void> link(String id, String... nameValuePairs) {
        PageParameters next = new PageParameters(url());
        next.remove(PAGE);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            next.set(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        if (Integer.toString(defaultSize).equals(next.get(SIZE).toOptionalString())) {
            next.remove(SIZE);
        }
        if ("1".equals(next.get(PAGE).toOptionalString())) {
            next.remove(PAGE);
        }
        return new BookmarkablePageLink<>(id, getPage().getClass(), next);
    }

    static String direction(boolean ascending) {
        return (ascending ? "asc" : "desc").toLowerCase(Locale.ROOT);
    }

    private PageParameters url() {
        return getPage().getPageParameters();
    }
}
