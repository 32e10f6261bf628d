package org.qiaoyun.api;

import java.util.List;

/**
 * A page of a longer list as module APIs return it: the items, which page (from 0), its size and the
 * total count, so that a client can show "41-60 of 1,234" and a pager.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The largest page a client may ask for. */
    public static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** Refuses a page number below 0 or a size outside 1..{@value #MAX_SIZE}, naming the parameter. */
    public static void requireValid(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", Text.of("platform.page.number"));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", Text.of("platform.page.size", MAX_SIZE));
        }
    }

    /** The first row of this page in the whole list. */
    public static int firstRow(int page, int size) {
        return page * size;
    }

    /** The same page with its items turned into another shape (entities into JSON records). */
    public <R> Page<R> map(java.util.function.Function<? super T, ? extends R> shape) {
        return new Page<>(items.stream().<R>map(shape).toList(), page, size, total);
    }
}
