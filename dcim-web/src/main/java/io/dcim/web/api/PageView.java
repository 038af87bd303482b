package io.dcim.web.api;

import io.dcim.common.paging.Page;
import java.util.List;
import java.util.function.Function;

/** Every list answer: {@code {"items":[…],"page":0,"size":50,"total":200}}. */
record PageView<T>(List<T> items, int page, int size, long total) {

    static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.request().page(), page.request().size(),
                page.total());
    }
}
