package io.dcim.rest;

import io.dcim.common.paging.Page;
import java.util.List;
import java.util.function.Function;

/** Every list answer: {@code {"items":[…],"page":0,"size":50,"total":200}}. */
public record ListPage<T>(List<T> items, int page, int size, long total) {

    public static <S, T> ListPage<T> of(Page<S> page, Function<S, T> view) {
        return new ListPage<>(page.items().stream().map(view).toList(), page.request().page(), page.request().size(),
                page.total());
    }

    public static <T> ListPage<T> of(Page<T> page) {
        return of(page, Function.identity());
    }
}
