package io.dcim.common.paging;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;

/**
 * One page of a list, sorted in the database. {@code sort} names a column the query
 * whitelists; unknown names are refused rather than ignored.
 */
public record PageRequest(int page, int size, String sort, boolean ascending) {

    public static final int MAX_SIZE = 1000;

    public PageRequest {
        if (page < 0) {
            throw new InvalidValueException("page", Message.of("common.paging.pageNegative", page));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", Message.of("common.paging.sizeRange", MAX_SIZE, size));
        }
        // The database takes the offset as an int: a page beyond it would overflow into a negative offset.
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidValueException("page", Message.of("common.paging.beyondLast", Integer.MAX_VALUE / size, size,
                    page));
        }
    }

    public static PageRequest first(int size, String sort) {
        return new PageRequest(0, size, sort, true);
    }

    public int offset() {
        return page * size;
    }
}
