package org.qiaoyun.api.pages;

import java.util.Objects;

/**
 * A module's answer to a public request: a page (title and body, which the platform wraps in its light
 * layout), a redirect after a form was posted (so that reloading does not post again), a small file of a
 * {@link FileKind kind the platform serves} (a calendar to add to one's phone, a newsletter's PDF), or not found.
 */
public final class PublicPage {

    private final int status;
    private final String title;
    private final Html body;
    private final String redirect;
    private final FileKind fileKind;
    private final String fileName;
    private final byte[] content;

    private PublicPage(int status, String title, Html body, String redirect) {
        this(status, title, body, redirect, null, null, null);
    }

    private PublicPage(int status, String title, Html body, String redirect, FileKind fileKind, String fileName, byte[] content) {
        this.status = status;
        this.title = title;
        this.body = body;
        this.redirect = redirect;
        this.fileKind = fileKind;
        this.fileName = fileName;
        this.content = content;
    }

    /**
     * The kinds of file a public page may answer with: none the browser runs (no HTML, no script), each served with
     * its own type and {@code nosniff}.
     */
    public enum FileKind {
        /** An iCalendar (RFC 5545) feed or event, opened by the phone's calendar. */
        CALENDAR("text/calendar; charset=utf-8", true),
        /** A PDF document, downloaded. */
        PDF("application/pdf", false),
        /** A picture of an article, shown in the page. */
        JPEG("image/jpeg", true),
        /** A picture of an article, shown in the page. */
        PNG("image/png", true);

        private final String contentType;
        private final boolean inline;

        FileKind(String contentType, boolean inline) {
            this.contentType = contentType;
            this.inline = inline;
        }

        /** The {@code Content-Type} it is served with. */
        public String contentType() {
            return contentType;
        }

        /** Whether the browser hands it to its application (a calendar) rather than saving it. */
        public boolean inline() {
            return inline;
        }
    }

    /** A file (status 200) of one of the {@link FileKind kinds} served, named {@code fileName} (letters, digits, {@code .-_}). */
    public static PublicPage file(FileKind kind, String fileName, byte[] content) {
        Objects.requireNonNull(kind, "kind");
        if (fileName == null || !fileName.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("a file's name is short, of letters, digits, dots and dashes: " + fileName);
        }
        return new PublicPage(200, null, null, null, kind, fileName, Objects.requireNonNull(content, "content").clone());
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

    /** The kind of the file this answer is, or null for a page, a redirect or not found. */
    public FileKind fileKind() {
        return fileKind;
    }

    /** The file's name, or null. */
    public String fileName() {
        return fileName;
    }

    /** The file's bytes, or null. */
    public byte[] content() {
        return content == null ? null : content.clone();
    }
}
