package io.dcim.common.table;

import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import java.util.function.Consumer;
import java.util.function.Function;

/** Walks a database-paged list from the first page to the last, for exports of any size. */
public final class Pages {

    public static final int EXPORT_PAGE_SIZE = PageRequest.MAX_SIZE;

    private Pages() {
    }

    /** Feeds every page of the query to {@code sink}; returns the number of items. */
    public static <T> long forEach(String sort, Function<PageRequest, Page<T>> query, Consumer<Page<T>> sink) {
        long seen = 0;
        for (int page = 0; ; page++) {
            Page<T> items = query.apply(new PageRequest(page, EXPORT_PAGE_SIZE, sort, true));
            sink.accept(items);
            seen += items.items().size();
            if (items.items().size() < EXPORT_PAGE_SIZE || seen >= items.total()) {
                return seen;
            }
        }
    }
}
