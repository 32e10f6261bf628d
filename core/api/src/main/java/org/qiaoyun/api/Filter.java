package org.qiaoyun.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * A list's search as JPQL conditions, answered a page at a time with its total: what a module's "find"
 * needs, said once. Conditions whose value the caller left out (null or blank) are skipped, so a search
 * form's empty fields ask for nothing.
 *
 * <pre>{@code
 * new Filter("Activity a")
 *         .where("a.district = :district", "district", search.district())
 *         .contains("a.title", "text", search.text())
 *         .page(em, Activity.class, "a.createdAt desc, a.id", page, size);
 * }</pre>
 */
public final class Filter {

    private final String from;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** @param from the entity and its alias, e.g. {@code "Activity a"} */
    public Filter(String from) {
        this.from = from;
        this.alias = from.substring(from.lastIndexOf(' ') + 1);
    }

    /** A condition with one named parameter, skipped when the value is null or blank text. */
    public Filter where(String condition, String parameter, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        conditions.add(condition);
        parameters.put(parameter, value instanceof String text ? text.strip() : value);
        return this;
    }

    /** Text that a field contains, case-insensitively; skipped when blank. */
    public Filter contains(String path, String parameter, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        return where("lower(" + path + ") like :" + parameter, parameter, "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
    }

    /** The page asked for, in the given order (end it with the id, so that pages never overlap), with the total. */
    public <T> Page<T> page(EntityManager em, Class<T> type, String orderBy, int page, int size) {
        Page.requireValid(page, size);
        return new Page<>(rows(em, type, orderBy, Page.firstRow(page, size), size), page, size, count(em));
    }

    /**
     * {@code max} rows from row {@code first} on, in the given order: for a screen's grid, which asks by
     * offset, and for exports, which ask for all (bounded by the caller).
     */
    public <T> List<T> rows(EntityManager em, Class<T> type, String orderBy, int first, int max) {
        TypedQuery<T> rows = em.createQuery("select " + alias + " from " + from + where() + " order by " + orderBy, type);
        parameters.forEach(rows::setParameter);
        return rows.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many rows match. */
    public long count(EntityManager em) {
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ") from " + from + where(), Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
