package org.qiaoyun.plugins.aid;

import java.util.List;

/** A page of a longer list: the items, which page (from 0), its size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
