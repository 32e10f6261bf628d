package org.qiaoyun.kernel.rest;

import java.util.List;

/**
 * A page of a longer list: the items, which page (from 0), its size and the total count, so that a
 * client can show "1-50 of 3,012" and page on.
 */
public record Paging<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    /** Checks page and size parameters, naming the one that is wrong. */
    public static void check(int page, int size) {
        if (page < 0) {
            throw new InvalidRequestException("page", "kernel.request.page-number");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size", "kernel.request.page-size", MAX_SIZE);
        }
    }
}
