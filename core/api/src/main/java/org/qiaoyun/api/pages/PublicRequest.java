package org.qiaoyun.api.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.qiaoyun.api.TenantScope;

/**
 * One request for a public page, already bounded by the platform (a few path segments of limited
 * length, a small query and form).
 *
 * @param method   {@code GET} or {@code POST} (a form)
 * @param path     the segments after {@code /p/<tenant>/<moduleId>/}, decoded; empty for the module's first page
 * @param query    the query parameters (the first value of each)
 * @param form     the fields of a posted form (the first value of each); empty for GET
 * @param language the language the reader's browser asks for: Chinese unless it asks for English
 * @param tenant   the federation the page belongs to, for the module's work; no caller is signed in
 * @param client   who asks, as a pseudonym of the client's network address for this federation (the same address gives
 *                 the same pseudonym on every instance; the address itself is never handed over, and cannot be told
 *                 from it): for a module's own limits per address; null when not known (a test, a tool)
 */
public record PublicRequest(String method, List<String> path, Map<String, String> query, Map<String, String> form,
                            Locale language, TenantScope tenant, String client) {

    public PublicRequest {
        Objects.requireNonNull(method, "method");
        path = List.copyOf(path);
        query = Map.copyOf(query);
        form = Map.copyOf(form);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(tenant, "tenant");
    }

    /** A request whose client is not known (a test, a tool). */
    public PublicRequest(String method, List<String> path, Map<String, String> query, Map<String, String> form, Locale language,
                         TenantScope tenant) {
        this(method, path, query, form, language, tenant, null);
    }

    public boolean posted() {
        return method.equals("POST");
    }

    /** Whether the path is exactly these segments. */
    public boolean at(String... segments) {
        return path.equals(List.of(segments));
    }

    /** A query parameter or form field, stripped; empty when absent or blank. */
    public Optional<String> field(String name) {
        String value = form.containsKey(name) ? form.get(name) : query.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public boolean english() {
        return language.getLanguage().equals("en");
    }
}
