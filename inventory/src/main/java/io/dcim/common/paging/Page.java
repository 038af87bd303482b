package io.dcim.common.paging;

import java.util.List;

/** The rows of one page and the number of rows across all pages. */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public Page {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return (int) ((total + request.size() - 1) / request.size());
    }
}
