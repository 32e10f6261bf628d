package org.qiaoyun.api.pages;

import java.util.Objects;

/**
 * A module's answer to a public request: a page (title and body, which the platform wraps in its light
 * layout), a redirect after a form was posted (so that reloading does not post again), or not found.
 */
public final class PublicPage {

    private final int status;
    private final String title;
    private final Html body;
    private final String redirect;

    private PublicPage(int status, String title, Html body, String redirect) {
        this.status = status;
        this.title = title;
        this.body = body;
        this.redirect = redirect;
    }

    /** A page with this title and body (status 200). */
    public static PublicPage of(String title, Html body) {
        return new PublicPage(200, Objects.requireNonNull(title, "title"), Objects.requireNonNull(body, "body"), null);
    }

    /** The same page with another status: 400 for a form sent back with its errors, 410 for a link no longer valid. */
    public PublicPage withStatus(int other) {
        if (other < 200 || other > 499 || (other >= 300 && other < 400)) {
            throw new IllegalArgumentException("a page answers 2xx or 4xx: " + other);
        }
        return new PublicPage(other, title, body, redirect);
    }

    /**
     * Sends the reader on to another page of the module after a form was posted: {@code path} relative to
     * the module's pages ({@code "thanks"}), never another site.
     */
    public static PublicPage redirect(String path) {
        if (path == null || path.startsWith("/") || path.contains("//") || path.contains(":") || path.contains("..")) {
            throw new IllegalArgumentException("a redirect stays within the module's pages: " + path);
        }
        return new PublicPage(303, null, null, path);
    }

    /** Nothing here: answered exactly as an unknown tenant or a module switched off. */
    public static PublicPage notFound() {
        return new PublicPage(404, null, null, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Html body() {
        return body;
    }

    /** Where a redirect goes (relative to the module's pages), or null. */
    public String redirect() {
        return redirect;
    }
}
